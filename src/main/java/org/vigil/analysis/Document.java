package org.vigil.analysis;

/**
 * One document to analyse, as in the contract's DOCS.jsonl. Only {@code id} and {@code text} are required.
 *
 * @param published ISO-8601 instant as given, or null
 * @param language ISO 639-1 code if the source knows it, else null (the engine detects it)
 * @param kind ARTICLE or POST, or null (the engine decides)
 * @param inReplyTo the account a post answers (e.g. {@code @RusEmbTurkey}), or null
 */
public record Document(
        String id,
        String text,
        String title,
        String url,
        String published,
        String source,
        String language,
        DocumentKind kind,
        String inReplyTo) {

    public Document {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        if (text == null) {
            throw new IllegalArgumentException("a document needs a text");
        }
    }

    /** A document with only an id and a text. */
    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null, null, null, null);
    }
}
