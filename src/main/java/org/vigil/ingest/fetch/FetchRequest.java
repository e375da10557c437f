package org.vigil.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A GET of {@code uri}, conditional when the validators from the previous fetch are given ({@code etag} is sent as
 * If-None-Match, {@code lastModified} as If-Modified-Since); either may be null.
 */
public record FetchRequest(URI uri, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
    }

    public static FetchRequest of(String uri) {
        return new FetchRequest(URI.create(uri), null, null);
    }

    public static FetchRequest of(URI uri) {
        return new FetchRequest(uri, null, null);
    }
}
