package org.vigil.ingest.articles;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article page reduced to its story: {@code text} is plain text, paragraphs separated by blank lines;
 * {@code url} is the page's canonical address when it declares one, else the address it was fetched from.
 */
public record Article(String title, Optional<Instant> published, String text, String url) {

    public Article {
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        published = published == null ? Optional.empty() : published;
    }
}
