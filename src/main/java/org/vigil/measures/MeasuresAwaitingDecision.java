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
import org.vigil.shared.web.PageText;

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
                        PageText.of("queue.kind.measureToApprove"),
                        PageText.of("queue.measure.title", m.name(), names.getOrDefault(m.missionId(), m.missionId())),
                        PageText.of(
                                m.overdue() ? "queue.measure.detailOverdue" : "queue.measure.detail",
                                m.proposedBy(),
                                m.approvals().size(),
                                m.approvalsRequired(),
                                day(m.deadline())),
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
                            PageText.of("queue.kind.hostRequest"),
                            PageText.of(
                                    "queue.hostRequest.title",
                                    r.reference(),
                                    names.getOrDefault(r.missionId(), r.missionId())),
                            sent
                                    ? PageText.of("queue.hostRequest.sent", day(r.sentOn()))
                                    : PageText.of("queue.hostRequest.acknowledged", day(r.acknowledgedOn())),
                            "/host-requests/" + r.id(),
                            r.createdAt(),
                            false));
                }
            }
        }
        return out;
    }

    /** A day as a message argument ({@code {0,date,medium}} in the bundles): the language writes the month. */
    private static java.util.Date day(java.time.LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}
