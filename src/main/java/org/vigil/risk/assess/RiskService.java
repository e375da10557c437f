package org.vigil.risk.assess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditTrail;
import org.vigil.conflict.ConflictEvents;
import org.vigil.registry.Countries;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.BaselineFactor.Baseline;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskStore.Override;
import org.vigil.risk.assess.RiskStore.StoredLevel;
import org.vigil.risk.assess.RiskViews.BaselineCommand;
import org.vigil.risk.assess.RiskViews.CountryLevel;
import org.vigil.risk.assess.RiskViews.CountryRiskView;
import org.vigil.risk.assess.RiskViews.LevelView;
import org.vigil.risk.assess.RiskViews.MissionLevel;
import org.vigil.risk.assess.RiskViews.MissionRiskView;
import org.vigil.risk.assess.RiskViews.OverrideCommand;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * Risk under need-to-know, for the API and the pages: a mission's risk is read only through
 * {@link Missions#find(Scope, String)}, so a mission outside the caller's scope is "not found". Analysts' writes
 * (baselines, overrides) need an HQ role, are audited, and recompute the missions they touch at once.
 */
@Service
public class RiskService implements org.vigil.risk.RiskOverview {

    /** The roles that set baselines and overrides. */
    static final Set<Role> ANALYSTS = Role.HQ;

    static final Duration MAX_OVERRIDE = Duration.ofDays(365);

    private final RiskStore store;
    private final RiskAssessor assessor;
    private final Missions missions;
    private final Countries countries;
    private final ConflictEvents events;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RiskService(
            RiskStore store,
            RiskAssessor assessor,
            Missions missions,
            Countries countries,
            ConflictEvents events,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.assessor = assessor;
        this.missions = missions;
        this.countries = countries;
        this.events = events;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public static boolean isAnalyst() {
        return Actor.current().hasAnyRole(ANALYSTS);
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static void requireAnalyst(String what) {
        if (!isAnalyst()) {
            throw new AccessDeniedException(what + " needs an HQ analyst, an HQ director or an administrator");
        }
    }

    private MissionView mission(Scope scope, String missionId) {
        return missions.find(scope, missionId).orElseThrow(() -> new NotFoundException("mission", missionId));
    }

    public MissionRiskView missionRisk(Scope scope, String missionId) {
        MissionView m = mission(scope, missionId);
        List<StoredLevel> rows = store.current(m.id());
        if (rows.isEmpty()) {
            assessor.recompute(m.id(), "first read");
            rows = store.current(m.id());
        }
        StoredLevel overall = rows.stream()
                .filter(r -> r.category() == null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk assessment of mission", missionId));
        List<LevelView> categories = rows.stream()
                .filter(r -> r.category() != null)
                .sorted(Comparator.comparing(StoredLevel::category))
                .map(r -> LevelView.of(r.explanation()))
                .toList();
        LevelView overallView = LevelView.of(overall.explanation());
        RiskViews.CountryComparison country = countries.find(m.hostCountry()).isEmpty()
                ? null
                : CountryRelation.compare(overallView, categories, countryRisk(m.hostCountry()));
        return new MissionRiskView(
                m.id(),
                m.name(),
                m.hostCountry(),
                m.city(),
                m.lat(),
                m.lon(),
                overall.assessedAt(),
                overallView,
                categories,
                country);
    }

    public List<Change> history(Scope scope, String missionId, int days) {
        if (days < 1 || days > 3650) {
            throw new InvalidInputException("days", "between 1 and 3650");
        }
        MissionView m = mission(scope, missionId);
        return store.history(m.id(), clock.instant().minus(Duration.ofDays(days)), 5000);
    }

    /** The overall level of every mission the scope may see. */
    public List<MissionLevel> missionLevels(Scope scope) {
        Map<String, StoredLevel> overall = new java.util.HashMap<>();
        store.currentOverall().forEach(l -> overall.put(l.missionId(), l));
        List<MissionLevel> out = new ArrayList<>();
        for (MissionView m : missions.all(scope)) {
            StoredLevel l = overall.get(m.id());
            if (l != null) {
                out.add(new MissionLevel(
                        m.id(),
                        m.name(),
                        m.city(),
                        m.hostCountry(),
                        m.lat(),
                        m.lon(),
                        l.level(),
                        l.level().rank(),
                        l.score(),
                        l.assessedAt()));
            }
        }
        return out;
    }

    @java.lang.Override
    public Map<String, RiskLevel> missionLevels() {
        Map<String, RiskLevel> out = new java.util.HashMap<>();
        store.currentOverall().forEach(l -> out.put(l.missionId(), l.level()));
        return out;
    }

    @java.lang.Override
    public Map<String, RiskLevel> countryLevels() {
        Map<String, RiskLevel> out = new java.util.TreeMap<>();
        countryLevels(Scope.all()).forEach(c -> out.put(c.countryCode(), c.level()));
        return out;
    }

    // countries: reference data, computed on reading (baselines and the country's own events)

    public CountryRiskView countryRisk(String code) {
        String cc = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        var country = countries.find(cc).orElseThrow(() -> new NotFoundException("country", code));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Baseline> baselines = store.baselines(cc);
        List<Contribution> contributions = new ArrayList<>(BaselineFactor.apply(baselines));
        contributions.addAll(ConflictEventFactor.applyCountryWide(
                events.inCountry(cc, today.minusDays(ConflictEventFactor.WINDOW_DAYS), 5000), today));
        Assessment a = RiskScorer.fold(cc, contributions, List.of(), Map.of(), null, now);
        List<LevelView> categories = a.categories().values().stream()
                .sorted(Comparator.comparing(Assessment.Level::category))
                .map(LevelView::of)
                .toList();
        return new CountryRiskView(
                cc, country.name(), now, LevelView.of(a.overall()), categories, baselines, CountryRelation.NOTE);
    }

    /** The countries with a baseline or a mission the scope may see, with their overall level. */
    public List<CountryLevel> countryLevels(Scope scope) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        store.allBaselines().forEach(b -> codes.add(b.countryCode()));
        missions.all(scope).forEach(m -> codes.add(m.hostCountry()));
        return codes.stream()
                .map(c -> {
                    LevelView l = countryRisk(c).overall();
                    return new CountryLevel(c, l.level(), l.level().rank(), l.score());
                })
                .toList();
    }

    public List<Baseline> baselines(String code) {
        return code == null
                ? store.allBaselines()
                : store.baselines(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Sets an analyst's baseline; audited; the missions in the country are recomputed. */
    public Baseline setBaseline(String code, RiskCategory category, BaselineCommand command) {
        requireAnalyst("setting a country baseline");
        String cc = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (countries.find(cc).isEmpty()) {
            throw new NotFoundException("country", code);
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (command == null || command.score() == null || command.score() < 0 || command.score() > 100) {
            problems.add(new InvalidInputException.FieldProblem(
                    "score", "a number from 0 to 100 (25 MODERATE, 50 " + "HIGH, 75 CRITICAL)"));
        }
        if (command == null
                || command.source() == null
                || command.source().isBlank()
                || command.source().length() > 500) {
            problems.add(new InvalidInputException.FieldProblem(
                    "source", "say where the assessment comes from " + "(at most 500 characters)"));
        }
        if (command == null
                || command.sourceDate() == null
                || command.sourceDate().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            problems.add(new InvalidInputException.FieldProblem(
                    "sourceDate", "the date of the source, not in the " + "future (YYYY-MM-DD)"));
        }
        if (command != null && command.note() != null && command.note().length() > 2000) {
            problems.add(new InvalidInputException.FieldProblem("note", "at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Baseline b = new Baseline(
                cc,
                category,
                command.score(),
                command.source().strip(),
                command.sourceDate(),
                command.note() == null || command.note().isBlank()
                        ? null
                        : command.note().strip(),
                caller());
        tx.executeWithoutResult(s -> {
            Optional<Baseline> before = store.baseline(cc, category);
            store.saveBaseline(b, clock.instant());
            audit.record(
                    before.isPresent() ? "UPDATE" : "CREATE",
                    "RISK_BASELINE",
                    cc + "/" + category,
                    before.orElse(null),
                    b);
        });
        assessor.recomputeCountries(
                List.of(cc), "baseline " + cc + " " + category + " set to " + b.score() + " by " + b.setBy());
        return b;
    }

    // overrides

    public List<Override> overrides(Scope scope, String missionId) {
        return store.overrides(mission(scope, missionId).id());
    }

    public Override override(Scope scope, String missionId, OverrideCommand command) {
        MissionView m = mission(scope, missionId);
        requireAnalyst("overriding a risk level");
        Instant now = clock.instant();
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (command == null || command.level() == null) {
            problems.add(new InvalidInputException.FieldProblem("level", "one of LOW, MODERATE, HIGH, CRITICAL"));
        }
        String justification = command == null || command.justification() == null
                ? ""
                : command.justification().strip();
        if (justification.length() < 10 || justification.length() > 2000) {
            problems.add(new InvalidInputException.FieldProblem("justification", "say why, in 10 to 2000 characters"));
        }
        if (command == null
                || command.expiresAt() == null
                || !command.expiresAt().isAfter(now)
                || command.expiresAt().isAfter(now.plus(MAX_OVERRIDE))) {
            problems.add(new InvalidInputException.FieldProblem(
                    "expiresAt", "a time in the next 365 days (an " + "override always expires)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = tx.execute(s -> {
            long created = store.insertOverride(
                    m.id(), command.category(), command.level(), justification, command.expiresAt(), caller(), now);
            audit.record(
                    "OVERRIDE", "RISK", m.id(), null, store.override(created).orElseThrow());
            return created;
        });
        assessor.recompute(m.id(), "override #" + id + " by " + caller());
        return store.override(id).orElseThrow();
    }

    public Override revoke(Scope scope, String missionId, long overrideId) {
        MissionView m = mission(scope, missionId);
        requireAnalyst("revoking an override");
        Override before = store.override(overrideId)
                .filter(o -> o.missionId().equals(m.id()))
                .orElseThrow(() -> new NotFoundException("override", Long.toString(overrideId)));
        tx.executeWithoutResult(s -> {
            store.revokeOverride(overrideId, caller(), clock.instant());
            audit.record(
                    "REVOKE_OVERRIDE",
                    "RISK",
                    m.id(),
                    before,
                    store.override(overrideId).orElseThrow());
        });
        assessor.recompute(m.id(), "override #" + overrideId + " revoked by " + caller());
        return store.override(overrideId).orElseThrow();
    }

    /** The levels per category, for callers that only need the words (pages). */
    public static Map<RiskCategory, RiskLevel> levels(MissionRiskView view) {
        Map<RiskCategory, RiskLevel> out = new EnumMap<>(RiskCategory.class);
        view.categories().forEach(l -> out.put(l.category(), l.level()));
        return out;
    }
}
