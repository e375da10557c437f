package org.vigil.alerts;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vigil.shared.Actor;
import org.vigil.shared.AwaitingDecision;

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
                        "Alert assigned to you",
                        a.title(),
                        a.levelName().charAt(0) + a.levelName().substring(1).toLowerCase() + ", "
                                + a.status().name().toLowerCase() + (a.count() > 1 ? ", " + a.count() + " events" : ""),
                        "/alerts/" + a.id(),
                        a.firstAt(),
                        a.levelRank() >= 3))
                .toList();
    }
}
