package org.vigil.conflict.formats;

/** Where a conflict event comes from; together with the source's own id it identifies the event. */
public enum EventSource {
    /** Uppsala Conflict Data Program, Georeferenced Event Dataset (and its automated candidates). */
    UCDP_GED,
    /** Armed Conflict Location & Event Data Project exports. */
    ACLED,
    /** GDELT 2.0 event table (machine-coded from news). */
    GDELT
}
