/**
 * Conflict events: UCDP GED, ACLED and GDELT files read ({@code formats}) and stored ({@code store}) with
 * {@code bin/vigil events import} ({@link org.vigil.conflict.EventsCommand}), demo events on first start, and the
 * read API. Risk weighs them through {@link org.vigil.conflict.ConflictEvents} and recomputes the missions of the
 * countries named by {@link org.vigil.conflict.ConflictEventsImported}. Bad lines are dead letters of the source
 * {@code conflict-events}, kept by ingestion's intake (docs/risk.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "registry", "audit", "ingest", "ingest :: intake"})
package org.vigil.conflict;
