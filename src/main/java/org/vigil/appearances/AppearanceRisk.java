package org.vigil.appearances;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.analysis.AppearanceCues;
import org.vigil.analysis.AppearanceCues.DateMention;
import org.vigil.analysis.AppearanceCues.EventMention;
import org.vigil.analysis.ThreatLevel;
import org.vigil.conflict.ConflictEvents.StoredEvent;
import org.vigil.risk.RiskLevel;
import org.vigil.signals.SignalLookup.SignalText;

/**
 * The explainable risk of one appearance: named factors, each with its points (0 to 100 in all), its reason in
 * words and its evidence; the level from the score in the bands of the mission risk (LOW under 25, MODERATE under
 * 50, HIGH under 75, CRITICAL from 75). A factor without evidence gives no points and is not listed. The weights
 * are in docs/appearances.md. Plain computation: the inputs are read by {@link AppearanceRiskService}.
 */
final class AppearanceRisk {

    static final String MISSION = "mission-risk";
    static final String COUNTRY = "country-risk";
    static final String THREATS = "threats-pointing-at-it";
    static final String CONFLICT = "conflict-events-near-venue";
    static final String PUBLICITY = "publicity";
    static final String CROWD = "crowd-size";
    static final String IMMINENCE = "imminence";
    static final String PERSONS_OF_INTEREST = "persons-of-interest";
    /** The most the approaches of persons of interest add together. */
    static final double APPROACH_CAP = 30;

    static final double THREATS_CAP = 50;
    static final double CONFLICT_CAP = 15;
    static final double CONFLICT_RADIUS_KM = 25;
    static final int CONFLICT_DAYS = 30;
    static final int SIGNAL_DAYS = 30;

    private AppearanceRisk() {}

    /** A factor's share of the score. */
    record Factor(String name, double points, String reason, List<Evidence> evidence) {
        Factor {
            evidence = List.copyOf(evidence);
        }
    }

    /** What a factor rests on: a signal, a conflict event, a mission's assessment. */
    record Evidence(String kind, String id, String label, String link) {}

    /** A signal that points at the appearance, with what ties it to it. */
    record Pointing(SignalText signal, List<String> cues, double points) {}

    record Assessment(int score, RiskLevel level, List<Factor> factors, List<Pointing> pointing) {}

    /** The mission's (or a country's) current risk as this computation needs it. */
    record Known(String missionId, String missionName, RiskLevel level, int score) {}

    /** What the appearance is, for the computation. */
    record Subject(
            String personName,
            String title,
            AppearanceKind kind,
            String venueName,
            List<String> venueAliases,
            ZoneId zone,
            Instant startsAt,
            Instant endsAt,
            Publicity publicity,
            Integer expectedAttendance,
            String countryCode,
            String missionCountryCode) {}

    static Assessment assess(
            Subject a,
            Optional<Known> mission,
            Optional<Known> country,
            List<SignalText> signals,
            List<StoredEvent> events,
            Instant now) {
        return assess(a, mission, country, signals, events, List.of(), now);
    }

    /**
     * @param approaches persons of interest whose behaviour shows an approach toward the person (ApproachBehaviour):
     *     the factor {@value #PERSONS_OF_INTEREST}, their points summed, at most {@value #APPROACH_CAP}
     */
    static Assessment assess(
            Subject a,
            Optional<Known> mission,
            Optional<Known> country,
            List<SignalText> signals,
            List<StoredEvent> events,
            List<ApproachBehaviour.Approach> approaches,
            Instant now) {
        List<Factor> factors = new ArrayList<>();
        mission.filter(m -> m.score() > 0)
                .ifPresent(m -> factors.add(new Factor(
                        MISSION,
                        m.score() * 0.4,
                        String.format(
                                Locale.ROOT,
                                "%s is at %s risk (score %d): 0.4 of it carries over to its people's appearances",
                                m.missionName(),
                                m.level(),
                                m.score()),
                        List.of(new Evidence(
                                "MISSION", m.missionId(), m.missionName(), "/risk/missions/" + m.missionId())))));
        if (a.countryCode() != null && !a.countryCode().equals(a.missionCountryCode())) {
            country.filter(c -> c.score() > 0)
                    .ifPresent(c -> factors.add(new Factor(
                            COUNTRY,
                            c.score() * 0.4,
                            String.format(
                                    Locale.ROOT,
                                    "the venue is in %s, another country than the mission's; there %s is at %s risk (score %d)",
                                    a.countryCode(),
                                    c.missionName(),
                                    c.level(),
                                    c.score()),
                            List.of(new Evidence(
                                    "MISSION", c.missionId(), c.missionName(), "/risk/missions/" + c.missionId())))));
        }
        List<Pointing> pointing = pointing(a, signals, now);
        if (!pointing.isEmpty()) {
            double sum = pointing.stream().mapToDouble(Pointing::points).sum();
            StringBuilder reason = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%d signal%s name%s %s together with the appearance: ",
                    pointing.size(),
                    pointing.size() == 1 ? "" : "s",
                    pointing.size() == 1 ? "s" : "",
                    a.personName()));
            for (int k = 0; k < Math.min(3, pointing.size()); k++) {
                Pointing p = pointing.get(k);
                reason.append(k == 0 ? "" : "; ")
                        .append("#")
                        .append(p.signal().summary().id())
                        .append(' ')
                        .append(p.signal().summary().level())
                        .append(" with ")
                        .append(String.join(", ", p.cues()));
            }
            if (pointing.size() > 3) {
                reason.append("; and ").append(pointing.size() - 3).append(" more");
            }
            if (sum > THREATS_CAP) {
                reason.append("; capped at ").append((int) THREATS_CAP);
            }
            factors.add(new Factor(
                    THREATS,
                    Math.min(THREATS_CAP, sum),
                    reason.toString(),
                    pointing.stream()
                            .limit(10)
                            .map(p -> new Evidence(
                                    "SIGNAL",
                                    Long.toString(p.signal().summary().id()),
                                    p.signal().summary().level() + ": "
                                            + quote(p.signal().summary().excerpt()),
                                    "/signals/" + p.signal().summary().id()))
                            .toList()));
        }
        List<StoredEvent> near = events.stream()
                .filter(e -> e.distanceKm() != null && e.distanceKm() <= CONFLICT_RADIUS_KM)
                .filter(e -> !e.date()
                        .isBefore(LocalDate.ofInstant(now, ZoneId.of("UTC")).minusDays(CONFLICT_DAYS)))
                .toList();
        if (!near.isEmpty()) {
            int fatalities = near.stream()
                    .mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities())
                    .sum();
            double points = Math.min(CONFLICT_CAP, 2.0 * near.size() + fatalities / 2.0);
            factors.add(new Factor(
                    CONFLICT,
                    points,
                    String.format(
                            Locale.ROOT,
                            "%d conflict event%s within %d km of the venue in the last %d days (%d killed); nearest:"
                                    + " %s, %.1f km, %s",
                            near.size(),
                            near.size() == 1 ? "" : "s",
                            (int) CONFLICT_RADIUS_KM,
                            CONFLICT_DAYS,
                            fatalities,
                            near.getFirst().type(),
                            near.getFirst().distanceKm(),
                            near.getFirst().date()),
                    near.stream()
                            .limit(10)
                            .map(e -> new Evidence(
                                    "EVENT",
                                    Long.toString(e.id()),
                                    e.date() + " " + e.type() + (e.place() == null ? "" : ", " + e.place()),
                                    "/api/v1/events/" + e.id()))
                            .toList()));
        }
        if (a.publicity().points() > 0) {
            factors.add(new Factor(
                    PUBLICITY,
                    a.publicity().points(),
                    a.publicity() == Publicity.PUBLIC
                            ? "publicly announced: anyone can learn the place and the time beforehand"
                            : "by invitation only: the guests and the organisers know the place and the time",
                    List.of()));
        }
        int crowd = a.expectedAttendance() == null ? 0 : a.expectedAttendance();
        double crowdPoints = crowd >= 1000 ? 10 : crowd >= 200 ? 6 : crowd >= 50 ? 3 : 0;
        if (crowdPoints > 0) {
            factors.add(new Factor(
                    CROWD,
                    crowdPoints,
                    crowd + " people expected: a crowd this size cannot all be screened closely",
                    List.of()));
        }
        if (!approaches.isEmpty()) {
            double sum = approaches.stream()
                    .mapToDouble(x -> Math.max(0, Math.min(30, x.points())))
                    .sum();
            if (sum > 0) {
                factors.add(new Factor(
                        PERSONS_OF_INTEREST,
                        Math.min(APPROACH_CAP, sum),
                        approaches.size() + " person" + (approaches.size() == 1 ? "" : "s")
                                + " of interest asked about " + a.personName() + "'s whereabouts: "
                                + String.join(
                                        "; ",
                                        approaches.stream()
                                                .limit(3)
                                                .map(ApproachBehaviour.Approach::reason)
                                                .toList()),
                        approaches.stream()
                                .map(x ->
                                        new Evidence("PERSON_OF_INTEREST", x.personOfInterestId(), x.name(), x.link()))
                                .toList()));
            }
        }
        Duration until = Duration.between(now, a.startsAt());
        if (!until.isNegative() && until.compareTo(Duration.ofDays(7)) <= 0 && !factors.isEmpty()) {
            boolean close = until.compareTo(Duration.ofHours(72)) <= 0;
            factors.add(new Factor(
                    IMMINENCE,
                    close ? 10 : 5,
                    "starts in " + words(until) + (close ? ": little time is left to act on the rest" : ""),
                    List.of()));
        }
        double total = factors.stream().mapToDouble(Factor::points).sum();
        int score = (int) Math.round(Math.min(100, total));
        return new Assessment(score, level(score), List.copyOf(factors), pointing);
    }

    static RiskLevel level(int score) {
        if (score >= 75) {
            return RiskLevel.CRITICAL;
        }
        if (score >= 50) {
            return RiskLevel.HIGH;
        }
        if (score >= 25) {
            return RiskLevel.MODERATE;
        }
        return RiskLevel.LOW;
    }

    static double levelPoints(ThreatLevel level) {
        return switch (level) {
            case NONE -> 0;
            case LOW -> 4;
            case MEDIUM -> 10;
            case HIGH -> 20;
            case CRITICAL -> 30;
        };
    }

    static double reliability(char grade) {
        return switch (Character.toUpperCase(grade)) {
            case 'A' -> 1.0;
            case 'B' -> 0.9;
            case 'C' -> 0.75;
            case 'D' -> 0.5;
            case 'E' -> 0.3;
            default -> 0.5;
        };
    }

    /**
     * The signals that name the person together with the venue (its name or another name), the event (its title,
     * or a word of its kind) or its date (a date the text names, resolved against the day the text was written at
     * the venue, that covers the appearance's day). Each weighs {@code level points x reliability x (0.5 + 0.25 per
     * cue, at most 1.25)}, most first.
     */
    static List<Pointing> pointing(Subject a, List<SignalText> signals, Instant now) {
        AppearanceCues cues = AppearanceCues.shared();
        LocalDate day = LocalDate.ofInstant(a.startsAt(), a.zone());
        LocalDate lastDay = LocalDate.ofInstant(a.endsAt(), a.zone());
        List<Pointing> out = new ArrayList<>();
        for (SignalText s : signals) {
            if (s.summary().level() == ThreatLevel.NONE
                    || "DISMISSED".equals(s.summary().status())) {
                continue;
            }
            String text = s.text();
            List<String> found = new ArrayList<>();
            List<String> venues = new ArrayList<>();
            venues.add(a.venueName());
            venues.addAll(a.venueAliases());
            venues.stream()
                    .filter(v -> AppearanceCues.names(text, v))
                    .findFirst()
                    .ifPresent(v -> found.add("the venue \u2018" + v + "\u2019"));
            if (AppearanceCues.names(text, a.title())) {
                found.add("the event \u2018" + a.title() + "\u2019");
            } else {
                cues.events(text).stream()
                        .filter(e -> e.kind().name().equals(a.kind().name()))
                        .findFirst()
                        .map(EventMention::words)
                        .ifPresent(w -> found.add("the event word \u2018" + w + "\u2019"));
            }
            LocalDate written = LocalDate.ofInstant(s.writtenAt(), a.zone());
            cues.dates(text, written).stream()
                    .filter(d -> !d.to().isBefore(day) && !d.from().isAfter(lastDay))
                    .findFirst()
                    .map(DateMention::words)
                    .ifPresent(w -> found.add("the date \u2018" + w + "\u2019 (written " + written + ")"));
            if (found.isEmpty()) {
                continue;
            }
            double points = levelPoints(s.summary().level())
                    * reliability(s.summary().reliability())
                    * Math.min(1.25, 0.5 + 0.25 * found.size());
            out.add(new Pointing(s, List.copyOf(found), points));
        }
        out.sort(Comparator.comparingDouble(Pointing::points).reversed());
        return out;
    }

    static String words(Duration d) {
        long hours = d.toHours();
        if (hours < 1) {
            return d.toMinutes() + " minutes";
        }
        if (hours < 48) {
            return hours + " hour" + (hours == 1 ? "" : "s");
        }
        return d.toDays() + " days";
    }

    private static String quote(String excerpt) {
        String s = excerpt == null ? "" : excerpt.strip().replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 80) + "\u2026" : s;
    }
}
