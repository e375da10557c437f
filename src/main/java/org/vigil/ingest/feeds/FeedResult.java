package org.vigil.ingest.feeds;

import java.util.List;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;

/** A parsed feed: its entries, each an item or a reject, in feed order; or, when it is no feed at all, one reject. */
public sealed interface FeedResult {

    /**
     * The feed's format ("RSS 2.0", "Atom", "RSS 1.0"), title and entries. A feed that breaks off (malformed XML
     * after some entries, too many entries) keeps the entries read before and ends with a reject saying why.
     */
    record Feed(String format, String title, List<Parsed<FeedItem>> entries) implements FeedResult {
        public Feed {
            entries = List.copyOf(entries);
        }

        public List<FeedItem> items() {
            return entries.stream()
                    .<FeedItem>mapMulti((p, out) -> {
                        if (p instanceof Parsed.Accepted<FeedItem> a) {
                            out.accept(a.item());
                        }
                    })
                    .toList();
        }

        public List<Reject> rejects() {
            return entries.stream()
                    .<Reject>mapMulti((p, out) -> {
                        if (p instanceof Parsed.Rejected<FeedItem> r) {
                            out.accept(r.reject());
                        }
                    })
                    .toList();
        }
    }

    record NotAFeed(Reject reject) implements FeedResult {}
}
