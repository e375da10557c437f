package org.vigil.ingest.pipeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.ingest.articles.ArticleExtractor;
import org.vigil.ingest.feeds.FeedParser;
import org.vigil.ingest.fetch.FetchLimits;
import org.vigil.ingest.fetch.HostResolver;
import org.vigil.ingest.fetch.SafeFetcher;

/** The edge components feed polling uses: one fetcher for all sources, reading the allow-list from the database. */
@Configuration(proxyBeanMethods = false)
class FeedFetching {

    @Bean(destroyMethod = "close")
    SafeFetcher safeFetcher(FetchAllowList allowList) {
        return new SafeFetcher(allowList::current, FetchLimits.DEFAULTS, HostResolver.system());
    }

    @Bean
    FeedParser feedParser() {
        return new FeedParser();
    }

    @Bean
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }
}
