/**
 * Ingestion: where untrusted input enters Vigil. This module holds, for now, the edge: components that fetch
 * (SSRF-safe), parse and reduce feeds, article pages, conflict-event files and bulk document files item by item.
 * Each returns values, never throws for bad input: an accepted item, or a {@link org.vigil.ingest.Reject} that
 * says precisely what is wrong, with an excerpt, so the later pipeline can quarantine it and go on.
 * See docs/ingestion-edge.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.vigil.ingest;
