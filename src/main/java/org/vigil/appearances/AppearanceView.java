package org.vigil.appearances;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.vigil.risk.RiskLevel;

/**
 * An appearance as the API and the pages show it: the record, its risk with the factors and their evidence, the
 * checklist and its readiness, and the signals that point at it. {@code localStart}/{@code localEnd} are the times
 * at the venue, in {@code timeZone}.
 */
public record AppearanceView(
        long id,
        String missionId,
        String missionName,
        String personId,
        String personName,
        String title,
        AppearanceKind kind,
        String venueName,
        String venueAddress,
        List<String> venueAliases,
        String city,
        String countryCode,
        double lat,
        double lon,
        String timeZone,
        Instant startsAt,
        Instant endsAt,
        LocalDateTime localStart,
        LocalDateTime localEnd,
        Publicity publicity,
        String host,
        Integer expectedAttendance,
        String notes,
        Risk risk,
        Readiness readiness,
        List<Check> checklist,
        List<LinkedSignal> signals,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The current risk; {@code level} null before the first assessment. */
    public record Risk(RiskLevel level, Integer score, Instant assessedAt, List<AppearanceRisk.Factor> factors) {}

    /** A checklist item; {@code measureId} when it is carried out as a measure of the measure workflow. */
    public record Check(
            long id,
            CheckItem item,
            String label,
            String owner,
            Instant dueAt,
            CheckStatus status,
            String note,
            Long measureId,
            String updatedBy,
            Instant updatedAt,
            boolean overdue) {}

    /** A signal that names the person together with the venue, the event or its date. */
    public record LinkedSignal(long signalId, String cues, double points, Instant firstSeen) {}
}
