package org.vigil.ingest.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed entry as Vigil keeps it. {@code id} is the guid (RSS) or id (Atom), else the link; {@code summary} and
 * {@code content} are plain text (HTML reduced by jsoup); {@code published} is empty when the feed gives no date
 * or one that could not be read, and then {@code warnings} says which. {@code author} is the entry's author as
 * written (Atom {@code author/name}, RSS {@code author}, Dublin Core {@code creator}), {@code authorUri} its Atom
 * {@code author/uri}; both empty when the feed names none.
 */
public record FeedItem(
        String id,
        String title,
        String link,
        Optional<Instant> published,
        String summary,
        String content,
        String author,
        String authorUri,
        List<String> warnings) {

    /** An entry whose author, if any, has no address. */
    public FeedItem(
            String id,
            String title,
            String link,
            Optional<Instant> published,
            String summary,
            String content,
            String author,
            List<String> warnings) {
        this(id, title, link, published, summary, content, author, "", warnings);
    }

    public FeedItem {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        content = content == null ? "" : content;
        author = author == null ? "" : author;
        authorUri = authorUri == null ? "" : authorUri;
        warnings = List.copyOf(warnings);
    }

    /** The fullest text the entry offers: its content, else its summary. */
    public String text() {
        return content.isBlank() ? summary : content;
    }
}
