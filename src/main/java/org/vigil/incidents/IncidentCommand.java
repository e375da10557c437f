package org.vigil.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;

/**
 * What a user records or corrects about an incident. {@link #problems()} lists every field at fault at once, so a
 * form or an API client can fix them all in one go.
 */
public record IncidentCommand(
        String missionId,
        IncidentType type,
        String title,
        Instant occurredAt,
        String place,
        Integer severity,
        String description,
        List<String> personIds,
        List<Long> signalIds,
        List<Long> alertIds,
        String authorities,
        String lessons) {

    public IncidentCommand {
        personIds = personIds == null
                ? List.of()
                : personIds.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        signalIds =
                signalIds == null ? List.of() : signalIds.stream().distinct().toList();
        alertIds = alertIds == null ? List.of() : alertIds.stream().distinct().toList();
        title = strip(title);
        place = strip(place);
        description = strip(description);
        authorities = strip(authorities);
        lessons = strip(lessons);
        missionId = strip(missionId);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    List<FieldProblem> problems(Instant now) {
        List<FieldProblem> p = new ArrayList<>();
        if (missionId == null) {
            p.add(new FieldProblem("missionId", "is required: the mission the incident happened at or to"));
        }
        if (type == null) {
            p.add(new FieldProblem("type", "is required: one of " + List.of(IncidentType.values())));
        }
        if (title == null) {
            p.add(new FieldProblem("title", "is required: a line that says what happened"));
        } else if (title.length() > 300) {
            p.add(new FieldProblem("title", "is longer than 300 characters"));
        }
        if (occurredAt == null) {
            p.add(new FieldProblem("occurredAt", "is required (ISO 8601, for example 2016-12-19T16:05:00Z)"));
        } else if (occurredAt.isAfter(now.plusSeconds(300))) {
            p.add(new FieldProblem("occurredAt", "is in the future: " + occurredAt));
        }
        if (severity == null || severity < 1 || severity > 4) {
            p.add(new FieldProblem("severity", "must be 1 (low) to 4 (critical), got " + severity));
        }
        if (description == null) {
            p.add(new FieldProblem("description", "is required: what happened, as far as is known"));
        } else if (description.length() > 20_000) {
            p.add(new FieldProblem("description", "is longer than 20000 characters"));
        }
        if (place != null && place.length() > 500) {
            p.add(new FieldProblem("place", "is longer than 500 characters"));
        }
        for (Long id : signalIds) {
            if (id == null || id < 1) {
                p.add(new FieldProblem("signalIds", "holds " + id + ", not a signal id"));
            }
        }
        for (Long id : alertIds) {
            if (id == null || id < 1) {
                p.add(new FieldProblem("alertIds", "holds " + id + ", not an alert id"));
            }
        }
        return p;
    }

    void check(Instant now) {
        List<FieldProblem> p = problems(now);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }
}
