package org.vigil.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.Actor;
import org.vigil.shared.AwaitingDecision;
import org.vigil.shared.PageRequest;
import org.vigil.shared.Role;

/**
 * The measures and host-state requests that wait for this user: proposed measures they may approve (the same rule
 * as the Approve button: role, not their own proposal, not approved by them already), and, for the mission's
 * officer and head of mission, requests delivered to the host state and not yet answered with measures.
 */
@Component
class MeasuresAwaitingDecision implements AwaitingDecision {

    private final Measures measures;
    private final HostRequests requests;
    private final Missions missions;

    MeasuresAwaitingDecision(Measures measures, HostRequests requests, Missions missions) {
        this.measures = measures;
        this.requests = requests;
        this.missions = missions;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        List<Item> out = new ArrayList<>();
        Map<String, String> names = missions.all(actor.scope()).stream()
                .collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a));
        for (MeasureView m : measures.list(
                        actor.scope(),
                        new Measures.Filter(null, MeasureState.PROPOSED, null, null),
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            if (measures.stepsFor(m, actor).contains(MeasureStep.APPROVE)) {
                out.add(new Item(
                        "Measure to approve",
                        m.name() + " at " + names.getOrDefault(m.missionId(), m.missionId()),
                        "proposed by " + m.proposedBy() + ", " + m.approvals().size() + " of " + m.approvalsRequired()
                                + " approvals, due " + m.deadline() + (m.overdue() ? " (overdue)" : ""),
                        "/measures/" + m.id(),
                        m.proposedAt(),
                        m.overdue()));
            }
        }
        if (actor.hasAnyRole(Role.MISSION_OFFICER, Role.HEAD_OF_MISSION)) {
            for (HostRequestView r : requests.list(actor.scope(), null, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()) {
                if (r.status() == HostRequestStatus.SENT || r.status() == HostRequestStatus.ACKNOWLEDGED) {
                    boolean sent = r.status() == HostRequestStatus.SENT;
                    out.add(new Item(
                            "Host-state request to follow up",
                            "Note " + r.reference() + " for " + names.getOrDefault(r.missionId(), r.missionId()),
                            sent
                                    ? "sent on " + r.sentOn() + ", no answer yet"
                                    : "acknowledged on " + r.acknowledgedOn() + ", no measures taken yet",
                            "/host-requests/" + r.id(),
                            r.createdAt(),
                            false));
                }
            }
        }
        return out;
    }
}
