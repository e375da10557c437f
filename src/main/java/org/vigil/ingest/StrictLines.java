package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a UTF-8 file line by line from a stream without holding more than one line in memory. Each line is decoded
 * strictly (a {@link CharsetDecoder} set to REPORT): invalid UTF-8 becomes a reject naming the line and the byte
 * offset, never a silent U+FFFD. A line longer than the limit is skipped to its end (not buffered) and rejected. A
 * UTF-8 byte-order mark at the start is dropped; CRLF and LF both end a line.
 *
 * <p>Not thread-safe; read it from one thread. I/O failures of the underlying stream are not bad input and surface
 * as {@link UncheckedIOException}.
 */
public final class StrictLines extends Lookahead<Parsed<StrictLines.Line>> {

    /** One decoded line and its 1-based number. */
    public record Line(long number, String text) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean first = true;
    private long number;
    private byte[] line = new byte[1024];

    public StrictLines(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the last line read (so far, or in all). */
    public long lineNumber() {
        return number;
    }

    @Override
    protected Parsed<Line> read() {
        try {
            int length = 0;
            long total = 0;
            boolean sawAny = false;
            while (true) {
                if (pos == limit) {
                    if (!fill()) {
                        if (!sawAny) {
                            return null;
                        }
                        break;
                    }
                }
                sawAny = true;
                byte b = buf[pos++];
                if (b == '\n') {
                    break;
                }
                total++;
                if (total <= maxLineBytes) {
                    if (length == line.length) {
                        byte[] grown = new byte[Math.min(maxLineBytes, line.length * 2)];
                        System.arraycopy(line, 0, grown, 0, length);
                        line = grown;
                    }
                    line[length++] = b;
                }
            }
            number++;
            int start = 0;
            if (first) {
                first = false;
                if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                    start = 3;
                }
            }
            if (total > maxLineBytes) {
                return Parsed.rejected(
                        number,
                        "line is " + total + " bytes long, over the limit of " + maxLineBytes
                                + " bytes; split the item or shorten its text",
                        latin(line, start, Math.min(length, 200)));
            }
            int end = length;
            if (end > start && line[end - 1] == '\r') {
                end--;
            }
            return decode(start, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Parsed<Line> decode(int start, int end) {
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int offset = bytes.position() - start;
            return Parsed.rejected(
                    number,
                    "invalid UTF-8 at byte " + (offset + 1) + " of the line ("
                            + hex(line, bytes.position(), result.length()) + "); save the file as UTF-8",
                    latin(line, start, Math.min(end, start + 200)));
        }
        result = decoder.flush(chars);
        if (result.isError()) {
            return Parsed.rejected(number, "invalid UTF-8 at the end of the line", latin(line, start, end));
        }
        chars.flip();
        return Parsed.accepted(new Line(number, chars.toString()));
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf);
        while (n == 0) {
            n = in.read(buf);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static String hex(byte[] b, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < Math.min(b.length, from + Math.max(1, count)); i++) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(String.format("0x%02X", b[i] & 0xFF));
        }
        return s.toString();
    }

    /** For an excerpt of undecodable bytes: each byte as one character, so nothing is lost or guessed. */
    private static String latin(byte[] b, int from, int to) {
        return new String(b, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }

    /** Decodes a whole byte array strictly as UTF-8, or says where it is broken. */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
