package org.vigil.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text with the charset a document declares, in the order that wins in practice: a byte-order mark, the
 * Content-Type header's charset, the XML prolog's encoding, an HTML meta charset, else UTF-8. Decoding is strict:
 * a byte sequence that is invalid in that charset is reported with its offset, never silently replaced.
 */
public final class TextDecoding {

    /** The outcome: text (without any byte-order mark) and where its charset came from, or why there is none. */
    public sealed interface Decoded {
        record Text(String text, Charset charset, String charsetSource) implements Decoded {}

        record Undecodable(String reason) implements Decoded {}
    }

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 1024;

    private TextDecoding() {}

    public static Decoded decode(byte[] body, Optional<String> headerCharset) {
        int bomLength = 0;
        Charset charset = null;
        String source = null;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
            source = "byte-order mark";
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
            source = "byte-order mark";
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
            source = "byte-order mark";
        }
        String declared = null;
        if (charset == null && headerCharset.isPresent() && !headerCharset.get().isBlank()) {
            declared = headerCharset.get().strip().replace("\"", "");
            source = "Content-Type header";
        }
        if (charset == null && declared == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher xml = XML_ENCODING.matcher(head);
            Matcher meta = META_CHARSET.matcher(head);
            if (xml.find()) {
                declared = xml.group(1);
                source = "XML declaration";
            } else if (meta.find()) {
                declared = meta.group(1);
                source = "HTML meta charset";
            }
        }
        if (charset == null && declared != null) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return new Decoded.Undecodable("unknown charset '" + declared + "' (from the " + source + ")");
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
            source = "default";
        }
        return strict(body, bomLength, charset, source);
    }

    private static Decoded strict(byte[] body, int offset, Charset charset, String source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(
                Integer.MAX_VALUE - 16,
                (long) Math.ceil((body.length - offset) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded.Undecodable("invalid " + charset.name() + " byte sequence at byte " + in.position()
                    + " (charset from the " + source + "); the source must serve text in the charset it declares");
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded.Text(text, charset, source);
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset parameter of a Content-Type value, if any. */
    static Optional<String> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return Optional.of(p.substring(8).replace("\"", "").strip());
            }
        }
        return Optional.empty();
    }
}
