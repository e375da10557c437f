package org.vigil.analysis;

/** How serious a document's threat content is, in the contract's words. */
public enum ThreatLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
