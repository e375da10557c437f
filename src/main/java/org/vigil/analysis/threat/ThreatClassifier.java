package org.vigil.analysis.threat;

import org.vigil.analysis.DocumentKind;

/** Scores threat language. INTERIM: replaced by the trained model in this session's threat work. */
public final class ThreatClassifier {

    public static ThreatClassifier loadDefault() {
        return new ThreatClassifier();
    }

    /** Thread-safe. {@code kind} may be null. */
    public ThreatAssessment assess(String text, String language, DocumentKind kind) {
        return ThreatAssessment.NONE;
    }
}
