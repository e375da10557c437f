package org.vigil.ingest.fetch;

/** Why a fetch was refused; the later pipeline backs off on the transient ones. */
public enum FetchProblem {
    /** Not an absolute http or https address. */
    BAD_ADDRESS(false),
    /** The host resolves to (or is) an address that is not on the public internet, and is not allow-listed. */
    FORBIDDEN_ADDRESS(false),
    /** The host name does not resolve. */
    UNKNOWN_HOST(true),
    /** More redirects than allowed, a redirect loop, or a redirect without a usable Location. */
    REDIRECTS(false),
    /** The body is larger than allowed, on the wire or after decompression. */
    TOO_LARGE(false),
    /** The content type is not one this fetch accepts. */
    CONTENT_TYPE(false),
    /** A Content-Encoding that cannot be decoded, or a corrupt compressed body. */
    ENCODING(false),
    /** The total time ran out. */
    TIMEOUT(true),
    /** A 4xx answer (other than 408 and 429): the address is wrong or closed to us until someone changes it. */
    HTTP_STATUS(false),
    /** A 5xx, 408 or 429 answer: the server is failing or busy; try later. */
    SERVER_BUSY(true),
    /** Connection refused, reset, TLS failure. */
    NETWORK(true);

    private final boolean transientFailure;

    FetchProblem(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Worth trying again later (with backoff); the others need a person to change the source. */
    public boolean isTransient() {
        return transientFailure;
    }
}
