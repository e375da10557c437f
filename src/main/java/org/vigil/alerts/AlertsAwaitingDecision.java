package org.vigil.alerts;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vigil.shared.Actor;
import org.vigil.shared.AwaitingDecision;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.PageText;

/** The open alerts assigned to the user (within their scope): theirs to act on until resolved. */
@Component
class AlertsAwaitingDecision implements AwaitingDecision {

    private final AlertQueries queries;

    AlertsAwaitingDecision(AlertQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        return queries.assignedTo(actor.scope(), actor.username()).stream()
                .map(a -> new Item(
                        PageText.of("queue.kind.alertAssigned"),
                        PageText.asIs(a.title()),
                        a.count() > 1
                                ? PageText.of(
                                        "queue.alert.detailEvents",
                                        PageText.of("level." + a.levelName()),
                                        PageText.of(Labels.key(a.status())),
                                        a.count())
                                : PageText.of(
                                        "queue.alert.detail",
                                        PageText.of("level." + a.levelName()),
                                        PageText.of(Labels.key(a.status()))),
                        "/alerts/" + a.id(),
                        a.firstAt(),
                        a.levelRank() >= 3))
                .toList();
    }
}
