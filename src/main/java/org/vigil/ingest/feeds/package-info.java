/**
 * RSS 2.0 (and RSS 1.0) and Atom feeds parsed with a hardened StAX reader: no DTD entities, no external
 * resources, size and entry limits; each entry becomes an item or a reject, and the rest of the feed goes on.
 */
package org.vigil.ingest.feeds;
