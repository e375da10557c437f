package org.vigil.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.vigil.shared.Actor;
import org.vigil.shared.AwaitingDecision;

/**
 * "Awaiting my decision": what every module says waits for the signed-in user (see {@link AwaitingDecision}),
 * urgent first, then the oldest first (it has waited longest).
 */
@Service
class DecisionQueue {

    private final List<AwaitingDecision> sources;

    DecisionQueue(List<AwaitingDecision> sources) {
        this.sources = List.copyOf(sources);
    }

    List<AwaitingDecision.Item> forCurrentUser() {
        return forActor(Actor.current());
    }

    /** What waits for one account, as its pages would show it (the notices by e-mail ask for any account). */
    List<AwaitingDecision.Item> forActor(Actor actor) {
        List<AwaitingDecision.Item> all = new ArrayList<>();
        for (AwaitingDecision source : sources) {
            all.addAll(source.waitingFor(actor));
        }
        all.sort(Comparator.comparing((AwaitingDecision.Item i) -> !i.urgent())
                .thenComparing(i -> i.since() == null ? Instant.MAX : i.since()));
        return all;
    }
}
