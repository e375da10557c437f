package org.vigil.alerts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vigil.analysis.ThreatLevel;
import org.vigil.appearances.AppearanceThreatened;
import org.vigil.appearances.AppearanceUnready;
import org.vigil.incidents.IncidentOpened;
import org.vigil.ingest.SourceFailing;
import org.vigil.interest.PersonOfInterestEscalated;
import org.vigil.measures.MeasureOverdue;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.risk.RiskLevelChanged;
import org.vigil.risk.SurgeDetected;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalDetected;
import org.vigil.signals.SignalLookup;

/**
 * Turns the other modules' events into {@link Trigger}s for the rules. Each listener runs after the publishing
 * transaction committed and is recorded in the event publication registry, so an event whose handling fails is
 * kept and can be resubmitted; nothing is lost between a signal stored and its alert. Unlike
 * {@code @ApplicationModuleListener}, no transaction is opened around the listener: {@link AlertRaiser} takes its
 * per-subject lock first and only then a connection, so a storm queued on one lock holds no connections.
 */
@Component
class AlertTriggers {

    private final AlertRaiser raiser;
    private final Missions missions;
    private final ObjectProvider<SignalLookup> signals;

    AlertTriggers(AlertRaiser raiser, Missions missions, ObjectProvider<SignalLookup> signals) {
        this.raiser = raiser;
        this.missions = missions;
        this.signals = signals;
    }

    /** One trigger per linked mission, so each mission's alert stays within that mission's need-to-know. */
    @Async
    @TransactionalEventListener
    void on(SignalDetected event) {
        if (event.level() == ThreatLevel.NONE) {
            return;
        }
        for (Trigger trigger : triggers(event)) {
            raiser.raise(trigger);
        }
    }

    List<Trigger> triggers(SignalDetected event) {
        int rank = rank(event.level());
        String excerpt = Optional.ofNullable(signals.getIfAvailable())
                .flatMap(lookup -> lookup.byId(event.signalId()))
                .map(s -> "\u201c" + s.excerpt() + "\u201d")
                .orElse("");
        String categories = event.categories().isEmpty()
                ? ""
                : " ("
                        + event.categories().stream()
                                .map(c -> c.name().toLowerCase().replace('_', ' '))
                                .collect(Collectors.joining(", "))
                        + ")";
        String people = event.personIds().isEmpty()
                ? ""
                : "People named: "
                        + String.join(", ", event.personIds().stream().sorted().toList()) + ". ";
        return event.missionIds().stream()
                .sorted()
                .map(missionId -> new Trigger(
                        AlertKind.THREAT,
                        missionId,
                        "threat:" + missionId,
                        rank,
                        0,
                        event.level().name() + " threat against " + name(missionId) + categories,
                        people + "Signal " + event.signalId() + ". " + excerpt,
                        "SIGNAL",
                        Long.toString(event.signalId()),
                        "/signals/" + event.signalId()))
                .toList();
    }

    @Async
    @TransactionalEventListener
    void on(SurgeDetected event) {
        raiser.raise(new Trigger(
                AlertKind.SURGE,
                event.missionId(),
                "surge:" + event.missionId(),
                3,
                0,
                "Surge of hostile signals against " + name(event.missionId()),
                event.observed() + " hostile signals between " + event.windowStart() + " and " + event.windowEnd()
                        + " against " + String.format(java.util.Locale.ROOT, "%.1f", event.expected())
                        + " expected (p = " + String.format(java.util.Locale.ROOT, "%.2g", event.pValue()) + ")",
                "SURGE",
                event.missionId() + "@" + event.windowEnd(),
                "/risk/missions/" + event.missionId()));
    }

    @Async
    @TransactionalEventListener
    void on(RiskLevelChanged event) {
        if (!event.raised()) {
            return;
        }
        String what = event.category() == null
                ? "overall"
                : event.category().name().toLowerCase().replace('_', ' ');
        raiser.raise(new Trigger(
                AlertKind.RISK_RAISED,
                event.missionId(),
                "risk:" + event.missionId() + ":"
                        + (event.category() == null
                                ? "OVERALL"
                                : event.category().name()),
                event.to().rank(),
                event.from() == null ? 1 : event.from().rank(),
                name(event.missionId()) + ": " + what + " risk raised to "
                        + event.to().name()
                        + (event.from() == null ? "" : " from " + event.from().name()),
                "Score " + event.score() + ". " + event.reason(),
                "RISK_CHANGE",
                event.missionId() + "@" + event.at(),
                "/risk/missions/" + event.missionId()));
    }

    @Async
    @TransactionalEventListener
    void on(IncidentOpened event) {
        raiser.raise(new Trigger(
                AlertKind.INCIDENT,
                event.missionId(),
                "incident:" + event.incidentId(),
                Math.max(1, Math.min(4, event.severity())),
                0,
                "Incident at " + name(event.missionId()) + ": " + event.title(),
                event.type() + ", severity " + event.severity() + ", at " + event.occurredAt(),
                "INCIDENT",
                Long.toString(event.incidentId()),
                "/incidents/" + event.incidentId()));
    }

    @Async
    @TransactionalEventListener
    void on(SourceFailing event) {
        raiser.raise(new Trigger(
                AlertKind.SOURCE_DOWN,
                null,
                "source:" + event.sourceId(),
                2,
                0,
                "Source down: " + event.name(),
                event.consecutiveFailures() + " failures in a row; last: " + event.lastError(),
                "SOURCE",
                event.sourceId() + "#" + event.consecutiveFailures() + "@" + event.at(),
                "/sources/" + event.sourceId()));
    }

    @Async
    @TransactionalEventListener
    void on(MeasureOverdue event) {
        raiser.raise(new Trigger(
                AlertKind.MEASURE_OVERDUE,
                event.missionId(),
                "measure:" + event.measureId(),
                2,
                0,
                "Measure overdue at " + name(event.missionId()) + ": " + event.name(),
                event.state().toLowerCase() + " measure " + event.code() + " was due on " + event.deadline(),
                "MEASURE",
                Long.toString(event.measureId()),
                "/measures/" + event.measureId()));
    }

    /** A signal points at an upcoming appearance: at least HIGH, CRITICAL when the signal is. */
    @Async
    @TransactionalEventListener
    void on(AppearanceThreatened event) {
        raiser.raise(appearanceThreat(event));
    }

    static Trigger appearanceThreat(AppearanceThreatened event) {
        return new Trigger(
                AlertKind.APPEARANCE,
                event.missionId(),
                "appearance:" + event.appearanceId(),
                Math.max(3, rank(event.level())),
                0,
                "Threat against the appearance \u2018" + event.title() + "\u2019 of " + event.personName(),
                event.level() + " signal " + event.signalId() + " names " + event.personName() + " with " + event.cues()
                        + ". The appearance starts " + event.startsAt() + ".",
                "APPEARANCE",
                event.appearanceId() + "#signal" + event.signalId(),
                "/appearances/" + event.appearanceId());
    }

    /** An appearance within 72 hours at HIGH risk or above, with open checklist items: the risk's level, at least HIGH. */
    @Async
    @TransactionalEventListener
    void on(AppearanceUnready event) {
        raiser.raise(appearanceUnready(event));
    }

    static Trigger appearanceUnready(AppearanceUnready event) {
        return new Trigger(
                AlertKind.APPEARANCE,
                event.missionId(),
                "appearance-unready:" + event.appearanceId(),
                Math.max(3, event.level().rank()),
                0,
                "Appearance \u2018" + event.title() + "\u2019 at " + event.level() + " risk is not ready",
                event.openItems() + " advance checklist item(s) still open; risk score " + event.score() + "; starts "
                        + event.startsAt() + ".",
                "APPEARANCE",
                event.appearanceId() + "@" + event.startsAt(),
                "/appearances/" + event.appearanceId());
    }

    /** A person of interest escalated: one alert per targeted mission, at the escalation level's rank. */
    @Async
    @TransactionalEventListener
    void on(PersonOfInterestEscalated event) {
        for (Trigger trigger : personOfInterest(event)) {
            raiser.raise(trigger);
        }
    }

    static List<Trigger> personOfInterest(PersonOfInterestEscalated event) {
        String what;
        if (event.raised()) {
            what = "escalates to " + event.toLevel()
                    + (event.fromLevel().equals("NONE") ? "" : " from " + event.fromLevel());
        } else if (event.burst()) {
            what = "shows an energy burst";
        } else {
            what = "shows a new warning behaviour";
        }
        String behaviours = event.newBehaviours().isEmpty()
                ? ""
                : "New warning behaviour" + (event.newBehaviours().size() == 1 ? ": " : "s: ")
                        + event.newBehaviours().stream()
                                .map(org.vigil.interest.WarningBehaviour::label)
                                .collect(Collectors.joining(", "))
                        + ". ";
        return event.missionIds().stream()
                .sorted()
                .map(missionId -> new Trigger(
                        AlertKind.PERSON_OF_INTEREST,
                        missionId,
                        "poi:" + event.personOfInterestId() + ":" + missionId,
                        rank(ThreatLevel.valueOf(event.toLevel())),
                        0,
                        "Person of interest " + event.displayName() + " " + what,
                        behaviours + "Escalation " + event.toLevel() + ", score " + Math.round(event.score()) + ": "
                                + event.reasons() + ".",
                        "PERSON_OF_INTEREST",
                        event.personOfInterestId() + "@" + event.at(),
                        "/persons-of-interest/" + event.personOfInterestId()))
                .toList();
    }

    static int rank(ThreatLevel level) {
        return switch (level) {
            case NONE, LOW -> 1;
            case MEDIUM -> 2;
            case HIGH -> 3;
            case CRITICAL -> 4;
        };
    }

    private String name(String missionId) {
        return missions.find(Scope.all(), missionId).map(MissionView::name).orElse(missionId);
    }
}
