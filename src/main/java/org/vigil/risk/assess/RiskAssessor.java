package org.vigil.risk.assess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ThreatLevel;
import org.vigil.conflict.ConflictEvents;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.ActiveMeasures;
import org.vigil.risk.OpenIncidents;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevelChanged;
import org.vigil.risk.RiskLevels;
import org.vigil.risk.SurgeDetected;
import org.vigil.risk.assess.Assessment.Level;
import org.vigil.risk.assess.Assessment.OverrideInForce;
import org.vigil.risk.assess.RiskStore.StoredLevel;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalLookup;
import org.vigil.signals.SignalLookup.SignalSummary;

/**
 * Gathers a mission's evidence, lets the factors score it, and records the result: the current levels, a history
 * row for every change of level or of at least {@value #SCORE_STEP} points (with the reason and what set off the
 * recomputation), {@link RiskLevelChanged} for every change of level after the first assessment and
 * {@link SurgeDetected} when a surge starts,
 * all in one transaction. One mission is recomputed by one thread at a time in this process.
 */
@Service
public class RiskAssessor implements RiskLevels {

    static final int SCORE_STEP = 3;
    private static final int MAX_SIGNALS = 2000;
    private static final Logger log = LoggerFactory.getLogger(RiskAssessor.class);

    private final RiskStore store;
    private final Missions missions;
    private final SignalLookup signals;
    private final ConflictEvents events;
    private final ObjectProvider<OpenIncidents> incidents;
    private final ObjectProvider<ActiveMeasures> measures;
    private final ObjectProvider<org.vigil.risk.FixatedPersons> fixated;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeasureDecay decay;
    private final int severeFloorDays;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Per mission, the cause of a recomputation asked for while one was running (see {@link #request}). */
    private final Map<String, AtomicReference<String>> requested = new ConcurrentHashMap<>();

    RiskAssessor(
            RiskStore store,
            Missions missions,
            SignalLookup signals,
            ConflictEvents events,
            ObjectProvider<OpenIncidents> incidents,
            ObjectProvider<ActiveMeasures> measures,
            ObjectProvider<org.vigil.risk.FixatedPersons> fixated,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${vigil.risk.measure-review-period:90d}") Duration measureReviewPeriod,
            @Value("${vigil.risk.measure-half-life:30d}") Duration measureHalfLife,
            @Value("${vigil.risk.severe-threat-days:7}") int severeFloorDays) {
        this.store = store;
        this.missions = missions;
        this.signals = signals;
        this.events = events;
        this.incidents = incidents;
        this.measures = measures;
        this.fixated = fixated;
        this.publisher = publisher;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.decay = new MeasureDecay(measureReviewPeriod, measureHalfLife);
        if (severeFloorDays < 0 || severeFloorDays > TargetedSignalFactor.WINDOW_DAYS) {
            throw new IllegalArgumentException("vigil.risk.severe-threat-days must be 0 to "
                    + TargetedSignalFactor.WINDOW_DAYS + " (0 turns the floor off), was " + severeFloorDays);
        }
        this.severeFloorDays = severeFloorDays;
    }

    @Override
    public Optional<MissionRisk> current(String missionId) {
        List<StoredLevel> rows = store.current(missionId);
        StoredLevel overall =
                rows.stream().filter(r -> r.category() == null).findFirst().orElse(null);
        if (overall == null) {
            return Optional.empty();
        }
        Map<RiskCategory, org.vigil.risk.RiskLevel> levels = new EnumMap<>(RiskCategory.class);
        Map<RiskCategory, Integer> scores = new EnumMap<>(RiskCategory.class);
        for (StoredLevel r : rows) {
            if (r.category() != null) {
                levels.put(r.category(), r.level());
                scores.put(r.category(), r.score());
            }
        }
        return Optional.of(
                new MissionRisk(missionId, overall.level(), overall.score(), levels, scores, overall.assessedAt()));
    }

    /** Scores the mission without recording anything (what the factors say now). */
    public Optional<Assessment> assess(String missionId) {
        Instant now = clock.instant();
        return missions.find(Scope.all(), missionId).map(m -> assess(m, surge(m.id(), now), now));
    }

    private Assessment assess(MissionView m, SurgeTest.Result surge, Instant now) {
        List<Contribution> contributions = new ArrayList<>(BaselineFactor.apply(store.baselines(m.hostCountry())));
        if (m.lat() != null && m.lon() != null) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            contributions.addAll(ConflictEventFactor.apply(
                    events.near(
                            m.lat(),
                            m.lon(),
                            ConflictEventFactor.RADIUS_KM,
                            today.minusDays(ConflictEventFactor.WINDOW_DAYS),
                            5000),
                    today));
        }
        List<SignalSummary> recent = signals.forMission(
                m.id(), now.minus(Duration.ofDays(TargetedSignalFactor.WINDOW_DAYS)), now.plusSeconds(1), MAX_SIGNALS);
        contributions.addAll(TargetedSignalFactor.apply(recent, now));
        SurgeTest.contribution(surge).ifPresent(contributions::add);
        incidents.orderedStream().forEach(source -> contributions.addAll(IncidentFactor.apply(source.openAt(m.id()))));
        fixated.orderedStream()
                .forEach(source -> contributions.addAll(PersonOfInterestFactor.apply(
                        source.on(m.id(), now.minus(Duration.ofDays(PersonOfInterestFactor.WINDOW_DAYS))))));
        List<Mitigation> mitigations = new ArrayList<>();
        measures.orderedStream()
                .forEach(source -> mitigations.addAll(MeasureFactor.apply(source.activeAt(m.id()), now, decay)));
        Map<RiskCategory, SevereThreatFloor.Threats> floors = SevereThreatFloor.collect(recent, now, severeFloorDays);
        Map<RiskCategory, OverrideInForce> categoryOverrides = new HashMap<>();
        OverrideInForce overall = null;
        for (RiskStore.Override o : store.overrides(m.id())) { // newest first: the newest in force wins
            if (!o.inForce(now)) {
                continue;
            }
            OverrideInForce f = new OverrideInForce(o.id(), o.level(), o.justification(), o.expiresAt(), o.setBy());
            if (o.category() == null) {
                overall = overall == null ? f : overall;
            } else {
                categoryOverrides.putIfAbsent(o.category(), f);
            }
        }
        return RiskScorer.fold(m.id(), contributions, mitigations, floors, categoryOverrides, overall, now);
    }

    /** The surge test over the hostile signals of the last day against the 28 days before. */
    private SurgeTest.Result surge(String missionId, Instant now) {
        Instant windowStart = now.minus(Duration.ofHours(SurgeTest.WINDOW_HOURS));
        Instant baselineStart = windowStart.minus(Duration.ofDays(SurgeTest.BASELINE_DAYS));
        int observed = (int) signals.count(missionId, windowStart, now.plusSeconds(1), ThreatLevel.LOW);
        int before = (int) signals.count(missionId, baselineStart, windowStart, ThreatLevel.LOW);
        return SurgeTest.test(observed, before, windowStart, now);
    }

    /**
     * Recomputes and records one mission; returns the new assessment, or empty when the mission does not exist or
     * is retired.
     *
     * @param cause what set off the recomputation, kept with each change (a signal, an import, the periodic run)
     */
    public Optional<Assessment> recompute(String missionId, String cause) {
        ReentrantLock lock = locks.computeIfAbsent(missionId, k -> new ReentrantLock());
        lock.lock();
        try {
            return recomputeHeld(missionId, cause);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks for a recomputation on behalf of an event and coalesces: when one of the mission is running, the cause is
     * left for it and this returns at once; the running one recomputes again before it lets go, so the last
     * evidence is always weighed. A storm of signals against one mission costs a few recomputations, not one per
     * signal waiting in line (each holding one of the bounded listener threads).
     */
    public void request(String missionId, String cause) {
        AtomicReference<String> pending = requested.computeIfAbsent(missionId, k -> new AtomicReference<>());
        pending.set(cause);
        ReentrantLock lock = locks.computeIfAbsent(missionId, k -> new ReentrantLock());
        // re-checked after each unlock, so a request left while the holder was finishing is never lost
        while (pending.get() != null && lock.tryLock()) {
            try {
                String next = pending.getAndSet(null);
                if (next != null) {
                    recomputeHeld(missionId, next);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private Optional<Assessment> recomputeHeld(String missionId, String cause) {
        return tx.execute(status -> {
            Optional<MissionView> mission = missions.find(Scope.all(), missionId)
                    .filter(m -> m.status() != org.vigil.registry.MissionStatus.RETIRED);
            if (mission.isEmpty()) {
                return Optional.empty();
            }
            store.lockMission(missionId); // across instances; the caller holds this instance's lock
            Instant now = clock.instant();
            SurgeTest.Result surge = surge(missionId, now);
            Assessment a = assess(mission.get(), surge, now);
            Map<String, StoredLevel> before = new HashMap<>();
            store.current(missionId).forEach(r -> before.put(RiskStore.key(r.category()), r));
            // rows are written in one fixed order (categories in declaration order, overall last): Map.copyOf's
            // order differs between JVMs, and two processes writing one mission's rows in opposite orders deadlocked
            List<Level> all = new ArrayList<>(a.categories().values());
            all.sort(java.util.Comparator.comparingInt(level -> level.category().ordinal()));
            all.add(a.overall());
            for (Level level : all) {
                StoredLevel old = before.get(RiskStore.key(level.category()));
                store.save(missionId, level, now);
                boolean levelChanged = old == null || old.level() != level.level();
                if (levelChanged || Math.abs(old.score() - level.score()) >= SCORE_STEP) {
                    store.recordChange(
                            missionId,
                            level.category(),
                            old == null ? null : old.level(),
                            level.level(),
                            old == null ? null : old.score(),
                            level.score(),
                            level.reason(),
                            cause,
                            now);
                }
                // a mission's first assessment is recorded, not announced: nothing changed, and announcing the
                // whole network's initial picture at a fresh start would raise an alert for every HIGH mission
                if (levelChanged && old != null) {
                    publisher.publishEvent(new RiskLevelChanged(
                            missionId,
                            level.category(),
                            old == null ? null : old.level(),
                            level.level(),
                            level.score(),
                            level.reason(),
                            now));
                }
            }
            boolean wasActive = store.surgeActive(missionId);
            store.saveSurge(missionId, surge, now);
            if (surge.surge() && !wasActive) {
                publisher.publishEvent(new SurgeDetected(
                        missionId,
                        surge.observed(),
                        surge.expected(),
                        surge.pValue(),
                        surge.windowStart(),
                        surge.windowEnd()));
            }
            return Optional.of(a);
        });
    }

    /** Recomputes every active mission; a failure for one is logged and the others go on. */
    public int recomputeAll(String cause) {
        int n = 0;
        for (MissionView m : missions.all(Scope.all())) {
            try {
                if (recompute(m.id(), cause).isPresent()) {
                    n++;
                }
            } catch (RuntimeException e) {
                log.warn("Risk of {} not recomputed: {}", m.id(), e.toString());
            }
        }
        return n;
    }

    /** Recomputes the active missions hosted in these countries. */
    public int recomputeCountries(java.util.Collection<String> countryCodes, String cause) {
        int n = 0;
        for (MissionView m : missions.all(Scope.all())) {
            if (countryCodes.contains(m.hostCountry())
                    && recompute(m.id(), cause).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
