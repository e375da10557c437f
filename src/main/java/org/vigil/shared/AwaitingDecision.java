package org.vigil.shared;

import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * What waits for the signed-in user's decision in one module (measures to approve, alerts assigned to them,
 * requests to the host state to follow up): each module that has such work implements this, and the home page's
 * queue and the navigation's count gather them all without knowing the modules. Implementations read within the
 * given scope, in SQL, and keep only what this actor may act on.
 */
public interface AwaitingDecision {

    List<Item> waitingFor(Actor actor);

    /**
     * One thing waiting.
     *
     * @param kind what kind of decision, as a person reads it ("Measure to approve"): a message of the bundles
     *     ({@code queue.kind.*}), also the item's stable {@code data-kind} on the page
     * @param title what it is about, with names, not ids (a message, or a text as it is)
     * @param detail one line more (the mission, the deadline), a message
     * @param link the page where the decision is taken
     * @param since when it started waiting
     * @param urgent overdue or severe: shown first
     */
    record Item(
            MessageSourceResolvable kind,
            MessageSourceResolvable title,
            MessageSourceResolvable detail,
            String link,
            Instant since,
            boolean urgent) {}
}
