package org.vigil.analysis;

import java.util.List;

/** What the engine says about one document: the contract's result record. */
public record AnalysisResult(
        String id, String language, List<Mention> mentions, Threat threat, List<Target> targets, List<Place> places) {
    public AnalysisResult {
        mentions = List.copyOf(mentions);
        targets = List.copyOf(targets);
        places = List.copyOf(places);
    }
}
