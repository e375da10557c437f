package org.vigil.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as the API and the pages show it: what, where, why, by when, who approved it and everything that
 * happened to it. {@code overdue} is true while it is proposed or approved after its deadline.
 */
public record MeasureView(
        long id,
        String missionId,
        String code,
        String name,
        MeasureState state,
        String reason,
        String riskSnapshot,
        List<Long> signalIds,
        List<Long> incidentIds,
        LocalDate deadline,
        boolean overdue,
        String proposedBy,
        Instant proposedAt,
        int approvalsRequired,
        List<Approval> approvals,
        Instant implementedAt,
        Instant liftedAt,
        List<HistoryEntry> history,
        int version) {

    public MeasureView {
        signalIds = List.copyOf(signalIds);
        incidentIds = List.copyOf(incidentIds);
        approvals = List.copyOf(approvals);
        history = List.copyOf(history);
    }

    /** One person's approval, under the role that allowed it. */
    public record Approval(String approver, String role, Instant at, String note) {}

    /** One step of the measure's life, oldest first. */
    public record HistoryEntry(
            Instant at, String actor, String action, MeasureState from, MeasureState to, String note) {}
}
