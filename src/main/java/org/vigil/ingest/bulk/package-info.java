/**
 * Bulk document files in the analysis contract's format, as JSON lines or CSV with a header, read as streams:
 * each line (or record) becomes an {@link org.vigil.ingest.bulk.IncomingItem} with a content hash for
 * deduplication, or a reject naming its line and what is wrong.
 */
package org.vigil.ingest.bulk;
