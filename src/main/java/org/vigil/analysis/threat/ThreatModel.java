package org.vigil.analysis.threat;

import java.util.List;

import org.vigil.analysis.threat.ThreatAssessment.Finding;

/** The learned part of the classifier. Until a model is trained, none is committed and patterns work alone. */
final class ThreatModel {

    static ThreatModel loadDefault() {
        return null;
    }

    List<Finding> refine(String text, String language, List<Finding> findings) {
        return findings;
    }
}
