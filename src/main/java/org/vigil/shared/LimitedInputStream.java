package org.vigil.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails, rather than truncating silently, once more than {@code limit} bytes have been read:
 * untrusted uploads and responses cannot exhaust memory, and a too-large input is refused with a clear reason.
 */
public final class LimitedInputStream extends FilterInputStream {

    /** Thrown when the input is larger than allowed. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("input is larger than the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
