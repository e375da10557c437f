package org.vigil.interest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ThreatLevel;
import org.vigil.signals.SignalDetected;
import org.vigil.signals.SignalLookup;

/**
 * A stored signal may make its author a person of interest, or add to one. Runs after the signal's transaction
 * committed, from Spring Modulith's event publication registry (a failure leaves the event to be resubmitted). Two
 * first threats of one account handled at once race to create its record: the loser's insert of the account breaks
 * its primary key, and it is recorded again in a fresh transaction, where it finds the winner's record.
 */
@Component
class InterestTriggers {

    private static final Logger log = LoggerFactory.getLogger(InterestTriggers.class);

    private final PersonsOfInterest persons;
    private final Escalations escalations;
    private final SignalLookup signals;
    private final TransactionTemplate fresh;

    InterestTriggers(
            PersonsOfInterest persons,
            Escalations escalations,
            SignalLookup signals,
            PlatformTransactionManager transactions) {
        this.persons = persons;
        this.escalations = escalations;
        this.signals = signals;
        this.fresh = new TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(SignalDetected event) {
        if (event.level() == ThreatLevel.NONE) {
            return; // a quiet item joins no timeline
        }
        try {
            take(event.signalId());
        } catch (DataIntegrityViolationException raced) {
            log.debug("signal #{} raced another for its author's record; recording it again", event.signalId());
            take(event.signalId());
        }
    }

    private void take(long signalId) {
        fresh.executeWithoutResult(tx -> signals.authored(signalId).ifPresent(signal -> {
            persons.record(signal);
            // the person's warning behaviours and escalation, re-read with the new item (docs/persons-of-interest.md)
            escalations.afterItemOf(signal.author());
        }));
    }
}
