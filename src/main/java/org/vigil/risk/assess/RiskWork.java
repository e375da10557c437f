package org.vigil.risk.assess;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.vigil.shared.BackgroundLoop;

/**
 * Coalesced risk work, per mission, across instances. {@link #request} adds to the mission's {@code risk_work} row
 * (created due {@code vigil.risk.coalesce-window} from now); this loop, in every server, claims due rows with one
 * conditional {@code UPDATE ... WHERE claimed_at IS NULL OR claimed_at < stale} (atomic on H2 and PostgreSQL: a
 * second instance's update re-checks the condition after the first commits and skips the row; H2's
 * {@code FOR UPDATE SKIP LOCKED} applies {@code LIMIT} before skipping, so it would hand out nothing), recomputes each
 * claimed mission once for every request since, with a cause naming them, and deletes the row unless a request came
 * meanwhile (its {@code generation} moved), in which case the row is due again. So a burst of N signals against one
 * mission costs one recomputation, on one instance. A crashed instance's claims are taken again after
 * {@code vigil.risk.work-lease}.
 */
@Component
class RiskWork extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(RiskWork.class);
    private static final int CLAIM = 20;

    private final JdbcClient jdbc;
    private final RiskAssessor assessor;
    private final Clock clock;
    private final Duration window;
    private final Duration lease;
    private final boolean autoStart;
    private final String instance = "r-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong claims = new AtomicLong();
    private final AtomicLong recomputations = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean pending;
    private final Counter recomputed;
    private final Counter requested;

    RiskWork(
            JdbcClient jdbc,
            RiskAssessor assessor,
            Clock clock,
            ApplicationContext context,
            @Value("${vigil.risk.coalesce-window:2s}") Duration window,
            @Value("${vigil.risk.work-lease:2m}") Duration lease,
            @Value("${vigil.risk.work.enabled:true}") boolean enabled,
            MeterRegistry registry) {
        super("vigil-risk-work", "Risk work");
        this.recomputed = Counter.builder("vigil.risk.recomputations")
                .description("coalesced risk recomputations of a mission (one per mission and window)")
                .register(registry);
        this.requested = Counter.builder("vigil.risk.requests")
                .description("requests for a mission's recomputation (one per signal and mission), before coalescing")
                .register(registry);
        this.jdbc = jdbc;
        this.assessor = assessor;
        this.clock = clock;
        this.window = window;
        this.lease = lease;
        this.autoStart = enabled && context instanceof WebApplicationContext;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }

    /** Recomputations this instance has made from coalesced requests. */
    long recomputations() {
        return recomputations.get();
    }

    /**
     * Asks for the mission's risk to be recomputed within the window, in the caller's transaction (the event
     * listener's). Requests within one window, from any instance, end in one recomputation.
     */
    void request(String missionId, String cause) {
        String why = cause.length() > 500 ? cause.substring(0, 500) : cause;
        requested.increment();
        if (!add(missionId, why)) {
            try {
                jdbc.sql("""
                        INSERT INTO risk_work (mission_id, due_at, requests, first_cause, last_cause, generation)
                        VALUES (?, ?, 1, ?, ?, 1)""")
                        .params(missionId, ts(clock.instant().plus(window)), why, why)
                        .update();
            } catch (DuplicateKeyException raced) {
                add(missionId, why); // another instance created the row meanwhile
            }
        }
        wake();
    }

    private boolean add(String missionId, String cause) {
        return jdbc.sql("UPDATE risk_work SET requests = requests + 1, last_cause = ?, generation = generation + 1 "
                                + "WHERE mission_id = ?")
                        .params(cause, missionId)
                        .update()
                > 0;
    }

    void wake() {
        lock.lock();
        try {
            pending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected boolean round() {
        return runDue() > 0;
    }

    @Override
    protected void pause() throws InterruptedException {
        // due rows are at most a window away; a wake-up means a new row may be due after a window
        long nanos = TimeUnit.MILLISECONDS.toNanos(Math.max(50, Math.min(1000, window.toMillis() / 2)));
        lock.lock();
        try {
            while (!pending && nanos > 0) {
                nanos = woken.awaitNanos(nanos);
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }

    private record Claimed(String missionId, int requests, String firstCause, String lastCause, long generation) {}

    /** Claims the due rows, recomputes each mission once; returns how many it recomputed. */
    int runDue() {
        String token = instance + "-" + claims.incrementAndGet();
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                UPDATE risk_work SET claimed_by = :token, claimed_at = :now
                WHERE mission_id IN (SELECT mission_id FROM risk_work
                                     WHERE due_at <= :now AND (claimed_at IS NULL OR claimed_at < :stale)
                                     ORDER BY due_at LIMIT :limit)
                  AND (claimed_at IS NULL OR claimed_at < :stale)""")
                .param("token", token)
                .param("now", ts(now))
                .param("stale", ts(now.minus(lease)))
                .param("limit", CLAIM)
                .update();
        if (claimed == 0) {
            return 0;
        }
        List<Claimed> rows = jdbc.sql("SELECT mission_id, requests, first_cause, last_cause, generation FROM risk_work "
                        + "WHERE claimed_by = ? ORDER BY due_at")
                .param(token)
                .query((rs, n) ->
                        new Claimed(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
        int done = 0;
        for (Claimed c : rows) {
            try {
                assessor.recompute(c.missionId(), cause(c));
                recomputations.incrementAndGet();
                recomputed.increment();
                done++;
            } catch (RuntimeException e) {
                // left claimed: taken again after the lease, so a failing mission does not spin
                log.warn("Risk of {} not recomputed: {}", c.missionId(), e.toString());
                continue;
            }
            int deleted = jdbc.sql("DELETE FROM risk_work WHERE mission_id = ? AND claimed_by = ? AND generation = ?")
                    .params(c.missionId(), token, c.generation())
                    .update();
            if (deleted == 0) {
                // asked again while recomputing: the new requests need another round, a window from now
                jdbc.sql("""
                        UPDATE risk_work SET claimed_by = NULL, claimed_at = NULL, requests = requests - ?,
                            first_cause = last_cause, due_at = ?
                        WHERE mission_id = ? AND claimed_by = ?""")
                        .params(c.requests(), ts(clock.instant().plus(window)), c.missionId(), token)
                        .update();
            }
        }
        return done;
    }

    /** What set off a coalesced recomputation: the one cause, or how many and the first and last. */
    static String cause(Claimed c) {
        if (c.requests() <= 1 || c.firstCause().equals(c.lastCause())) {
            return c.lastCause();
        }
        String cause = c.firstCause() + " to " + c.lastCause() + " (" + c.requests() + " together)";
        return cause.length() > 500 ? cause.substring(0, 499) + "\u2026" : cause;
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
