package org.vigil.ingest.fetch;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What came of a fetch: a body, "not modified since last time", or a refusal with its reason. */
public sealed interface FetchResult {

    /** The final address after redirects. */
    URI uri();

    /**
     * A 2xx response, decompressed. {@code mediaType} is lower-case without parameters; {@code charset} is the
     * header's charset parameter, if any (decode with {@link TextDecoding}); {@code etag} and {@code lastModified}
     * are the validators to send next time.
     */
    record Fetched(
            URI uri,
            int status,
            String mediaType,
            Optional<String> charset,
            byte[] body,
            String etag,
            String lastModified,
            List<URI> redirects)
            implements FetchResult {
        public Fetched {
            Objects.requireNonNull(body, "body");
            redirects = List.copyOf(redirects);
        }
    }

    /** A 304: nothing new since the validators sent; keep the previous copy. */
    record NotModified(URI uri, String etag, String lastModified) implements FetchResult {}

    /** Refused before or during the exchange: nothing usable came back. */
    record Refused(URI uri, FetchProblem problem, String reason) implements FetchResult {
        public Refused {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
