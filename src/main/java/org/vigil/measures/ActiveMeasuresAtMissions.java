package org.vigil.measures;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vigil.risk.ActiveMeasures;

/**
 * The risk module's view of the measures in place at a mission (implemented or under review), each with the
 * categories it mitigates and by how much, as the catalogue says now, and when a review last kept it in place (the
 * risk module trusts a measure less the longer it goes unreviewed).
 */
@Component
class ActiveMeasuresAtMissions implements ActiveMeasures {

    private final Measures measures;
    private final Catalogue catalogue;

    ActiveMeasuresAtMissions(Measures measures, Catalogue catalogue) {
        this.measures = measures;
        this.catalogue = catalogue;
    }

    @Override
    public List<ActiveMeasure> activeAt(String missionId) {
        Map<String, CatalogueEntry> entries =
                catalogue.all().stream().collect(Collectors.toMap(CatalogueEntry::code, Function.identity()));
        return measures.inPlaceAt(missionId).stream()
                .map(m -> {
                    CatalogueEntry e = entries.get(m.code());
                    // the last review that kept it in place; a review under way has not yet confirmed it
                    Instant reviewed = m.history().stream()
                            .filter(h -> MeasureStep.KEEP.name().equals(h.action()))
                            .map(MeasureView.HistoryEntry::at)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    return new ActiveMeasure(
                            m.id(),
                            m.missionId(),
                            m.code(),
                            m.name(),
                            e.mitigates(),
                            e.reduction(),
                            m.implementedAt(),
                            reviewed,
                            "/measures/" + m.id());
                })
                .toList();
    }
}
