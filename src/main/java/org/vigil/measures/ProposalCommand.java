package org.vigil.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;

/**
 * A proposal: the mission, the measure from the catalogue, the reason (in words, and the signals and incidents
 * that motivate it; the mission's current risk level is added by the service) and the deadline for implementing it.
 */
public record ProposalCommand(
        String missionId,
        String code,
        String reason,
        List<Long> signalIds,
        List<Long> incidentIds,
        LocalDate deadline) {

    public ProposalCommand {
        missionId = missionId == null || missionId.isBlank() ? null : missionId.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        signalIds =
                signalIds == null ? List.of() : signalIds.stream().distinct().toList();
        incidentIds = incidentIds == null
                ? List.of()
                : incidentIds.stream().distinct().toList();
    }

    void check(LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (missionId == null) {
            p.add(new FieldProblem("missionId", "is required: the mission the measure is for"));
        }
        if (code == null) {
            p.add(new FieldProblem("code", "is required: a measure of the catalogue, for example GUARD_STAFF"));
        }
        if (reason == null) {
            p.add(new FieldProblem(
                    "reason", "is required: why the mission needs it (the risk, the signals, the incident)"));
        } else if (reason.length() > 4000) {
            p.add(new FieldProblem("reason", "is longer than 4000 characters"));
        }
        if (deadline == null) {
            p.add(new FieldProblem("deadline", "is required: the date by which it must be implemented (YYYY-MM-DD)"));
        } else if (deadline.isBefore(today)) {
            p.add(new FieldProblem("deadline", "is in the past (" + deadline + "); today is " + today));
        }
        for (Long id : signalIds) {
            if (id == null || id < 1) {
                p.add(new FieldProblem("signalIds", "holds " + id + ", not a signal id"));
            }
        }
        for (Long id : incidentIds) {
            if (id == null || id < 1) {
                p.add(new FieldProblem("incidentIds", "holds " + id + ", not an incident id"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }
}
