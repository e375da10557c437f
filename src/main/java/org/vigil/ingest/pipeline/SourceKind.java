package org.vigil.ingest.pipeline;

/** How items reach Vigil from a source: polled feeds and pages, pushed batches, imported files, event data sets. */
@org.springframework.modulith.NamedInterface("intake")
public enum SourceKind {
    RSS,
    ATOM,
    WEB,
    PUSH,
    FILE,
    EVENTS;

    boolean polled() {
        return this == RSS || this == ATOM || this == WEB;
    }
}
