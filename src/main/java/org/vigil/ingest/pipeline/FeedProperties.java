package org.vigil.ingest.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of feed polling ({@code vigil.ingest.feeds.*}).
 *
 * @param tick how often the scheduler looks for sources that are due
 * @param concurrency how many sources one instance polls at the same time
 * @param failingAfter from how many consecutive failures on a {@code SourceFailing} event is published (each failure)
 * @param maxBackoff the longest wait after failures (never shorter than the source's own interval)
 * @param maxArticlesPerPoll article pages fetched in one poll at most; the other new entries wait for the next poll
 * @param lease how long a claimed source stays with the instance polling it (a crashed instance's claim runs out)
 * @param teaserChars an entry whose full content is shorter than this is a teaser: its linked page is fetched
 */
@ConfigurationProperties("vigil.ingest.feeds")
record FeedProperties(
        @DefaultValue("15s") Duration tick,
        @DefaultValue("4") int concurrency,
        @DefaultValue("3") int failingAfter,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("20") int maxArticlesPerPoll,
        @DefaultValue("15m") Duration lease,
        @DefaultValue("1500") int teaserChars) {

    FeedProperties {
        if (concurrency < 1 || failingAfter < 1 || maxArticlesPerPoll < 0 || teaserChars < 0) {
            throw new IllegalArgumentException("vigil.ingest.feeds: concurrency and failing-after must be at least 1, "
                    + "max-articles-per-poll and teaser-chars at least 0");
        }
    }
}
