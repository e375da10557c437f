package org.vigil.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * An input stream that makes its lines as it is read: a file of a million lines without a million lines anywhere
 * in memory, so a reader that held them would show up as an out-of-memory failure, not pass by luck.
 */
public final class StreamingInput extends InputStream {

    private final long count;
    private final LongFunction<String> line;
    private long produced;
    private byte[] current = new byte[0];
    private int pos;

    private StreamingInput(long count, LongFunction<String> line) {
        this.count = count;
        this.line = line;
    }

    /** Lines 1..count, each made by {@code line} and ended with a line feed. */
    public static InputStream lines(long count, LongFunction<String> line) {
        return new StreamingInput(count, line);
    }

    private boolean refill() {
        if (pos < current.length) {
            return true;
        }
        if (produced == count) {
            return false;
        }
        produced++;
        current = (line.apply(produced) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    @Override
    public int read() {
        return refill() ? current[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len && refill()) {
            int chunk = Math.min(len - n, current.length - pos);
            System.arraycopy(current, pos, b, off + n, chunk);
            pos += chunk;
            n += chunk;
        }
        return n == 0 ? -1 : n;
    }
}
