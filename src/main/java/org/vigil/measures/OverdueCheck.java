package org.vigil.measures;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds measures still proposed or approved after their deadline and publishes {@link MeasureOverdue} once for
 * each (the alerts module turns it into an alert). Runs on a schedule ({@code vigil.measures.overdue-check}, every
 * 15 minutes by default); tests call {@link #run()} with a clock they move.
 */
@Component
class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final Measures measures;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueCheck(Measures measures, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.measures = measures;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${vigil.measures.overdue-check:15m}",
            initialDelayString = "${vigil.measures.overdue-check:15m}")
    void scheduled() {
        int n = run();
        if (n > 0) {
            log.info("{} measure(s) passed their deadline", n);
        }
    }

    /** Reports each newly overdue measure in its own transaction: one failure does not hold back the others. */
    int run() {
        Instant now = clock.instant();
        int reported = 0;
        for (MeasureView m : measures.newlyOverdue()) {
            Boolean done = transactions.execute(status -> {
                if (!measures.markOverdueReported(m.id(), now)) {
                    return false;
                }
                events.publishEvent(new MeasureOverdue(
                        m.id(), m.missionId(), m.code(), m.name(), m.state().name(), m.deadline(), now));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                reported++;
            }
        }
        return reported;
    }
}
