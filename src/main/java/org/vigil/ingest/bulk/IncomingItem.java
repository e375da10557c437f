package org.vigil.ingest.bulk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.vigil.shared.Author;

/**
 * A document as it arrives, with the fields of the analysis contract's Document (only {@code id} and {@code text}
 * required; the others null when absent) and {@code contentHash}, the SHA-256 (hex) of the normalised text, so the
 * pipeline can find the same text arriving under another id or from another source. Deliberately independent of the
 * analysis module; the pipeline maps it to {@code org.vigil.analysis.Document} field by field.
 *
 * @param published an ISO-8601 instant or date, as given
 * @param kind ARTICLE, POST or null
 * @param author who wrote it (normalised, see {@link Author}), or null
 */
public record IncomingItem(
        String id,
        String text,
        String title,
        String url,
        String published,
        String source,
        String language,
        String kind,
        String inReplyTo,
        String contentHash,
        Author author) {

    public IncomingItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** An item without author (the author is optional: no person is invented for an item without one). */
    public IncomingItem(
            String id,
            String text,
            String title,
            String url,
            String published,
            String source,
            String language,
            String kind,
            String inReplyTo,
            String contentHash) {
        this(id, text, title, url, published, source, language, kind, inReplyTo, contentHash, null);
    }

    static IncomingItem of(
            String id,
            String text,
            String title,
            String url,
            String published,
            String source,
            String language,
            String kind,
            String inReplyTo,
            Author author) {
        return new IncomingItem(id, text, title, url, published, source, language, kind, inReplyTo, hash(text), author);
    }

    /**
     * The text as deduplication compares it: Unicode NFKC (so full-width and composed forms match), lower case,
     * every run of white space one space, trimmed. Copies differing only in layout or case hash alike.
     */
    public static String normalise(String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        n = n.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
