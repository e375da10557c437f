package org.vigil.ingest.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * Bounds on one fetch (all hops together). {@link #DEFAULTS}: 5 MB on the wire, 20 MB after decompression and at
 * most 100 times the compressed size, 30 s in total, 10 s to connect, 5 redirects, and the text types that feeds and
 * article pages come in.
 */
public record FetchLimits(
        long maxBytes,
        long maxDecompressedBytes,
        int maxCompressionRatio,
        Duration totalTimeout,
        Duration connectTimeout,
        int maxRedirects,
        Set<String> contentTypes) {

    public static final Set<String> FEED_AND_PAGE_TYPES = Set.of(
            "application/rss+xml",
            "application/atom+xml",
            "application/xml",
            "text/xml",
            "application/rdf+xml",
            "application/feed+json",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    public static final FetchLimits DEFAULTS = new FetchLimits(
            5L << 20, 20L << 20, 100, Duration.ofSeconds(30), Duration.ofSeconds(10), 5, FEED_AND_PAGE_TYPES);

    public FetchLimits {
        if (maxBytes < 1 || maxDecompressedBytes < 1 || maxCompressionRatio < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
        if (totalTimeout.isNegative()
                || totalTimeout.isZero()
                || connectTimeout.isNegative()
                || connectTimeout.isZero()) {
            throw new IllegalArgumentException("fetch timeouts must be positive");
        }
        contentTypes = Set.copyOf(contentTypes);
    }

    public FetchLimits withMaxBytes(long value) {
        return new FetchLimits(
                value,
                maxDecompressedBytes,
                maxCompressionRatio,
                totalTimeout,
                connectTimeout,
                maxRedirects,
                contentTypes);
    }

    public FetchLimits withMaxDecompressedBytes(long value) {
        return new FetchLimits(
                maxBytes, value, maxCompressionRatio, totalTimeout, connectTimeout, maxRedirects, contentTypes);
    }

    public FetchLimits withTotalTimeout(Duration value) {
        return new FetchLimits(
                maxBytes, maxDecompressedBytes, maxCompressionRatio, value, connectTimeout, maxRedirects, contentTypes);
    }

    public FetchLimits withContentTypes(Set<String> value) {
        return new FetchLimits(
                maxBytes, maxDecompressedBytes, maxCompressionRatio, totalTimeout, connectTimeout, maxRedirects, value);
    }
}
