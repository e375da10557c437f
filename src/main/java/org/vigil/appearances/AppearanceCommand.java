package org.vigil.appearances;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;

/**
 * What an officer records or corrects about an appearance. The start and end are local times at the venue, in
 * the venue's time zone ({@code timeZone}, an IANA name such as Europe/Istanbul), as the programme states them.
 * {@link #problems()} lists every field at fault at once.
 *
 * @param venueAliases other names of the venue (in other languages, the way people call it), matched in signals
 */
public record AppearanceCommand(
        String missionId,
        String personId,
        String title,
        AppearanceKind kind,
        String venueName,
        String venueAddress,
        List<String> venueAliases,
        String city,
        String countryCode,
        Double lat,
        Double lon,
        String timeZone,
        LocalDateTime start,
        LocalDateTime end,
        Publicity publicity,
        String host,
        Integer expectedAttendance,
        String notes) {

    static final int MAX_NOTES = 20_000;

    public AppearanceCommand {
        missionId = strip(missionId);
        personId = strip(personId);
        title = strip(title);
        venueName = strip(venueName);
        venueAddress = strip(venueAddress);
        city = strip(city);
        countryCode = strip(countryCode) == null ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
        timeZone = strip(timeZone);
        host = strip(host);
        notes = strip(notes);
        venueAliases = venueAliases == null
                ? List.of()
                : venueAliases.stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The venue's zone; call after {@link #check()}. */
    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> p = new ArrayList<>();
        if (missionId == null) {
            p.add(new FieldProblem("missionId", "is required: the mission whose person appears"));
        }
        if (personId == null) {
            p.add(new FieldProblem("personId", "is required: the protected person who appears (a registry id)"));
        }
        if (title == null) {
            p.add(new FieldProblem("title", "is required: what the appearance is, in a line"));
        } else if (title.length() > 300) {
            p.add(new FieldProblem("title", "is longer than 300 characters"));
        }
        if (kind == null) {
            p.add(new FieldProblem("kind", "is required: one of " + List.of(AppearanceKind.values())));
        }
        if (venueName == null) {
            p.add(new FieldProblem("venueName", "is required: the name of the place"));
        } else if (venueName.length() > 300) {
            p.add(new FieldProblem("venueName", "is longer than 300 characters"));
        }
        if (venueAddress != null && venueAddress.length() > 500) {
            p.add(new FieldProblem("venueAddress", "is longer than 500 characters"));
        }
        if (venueAliases.size() > 20 || venueAliases.stream().anyMatch(a -> a.length() > 200)) {
            p.add(new FieldProblem("venueAliases", "takes at most 20 other names of at most 200 characters each"));
        }
        if (city != null && city.length() > 200) {
            p.add(new FieldProblem("city", "is longer than 200 characters"));
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            p.add(new FieldProblem(
                    "countryCode", "is required: the ISO 3166-1 alpha-2 code of the venue's country, such as TR"));
        }
        if (lat == null || lon == null || lat.isNaN() || lon.isNaN() || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            p.add(new FieldProblem(
                    "lat/lon",
                    "are required: the venue's position in degrees (latitude -90 to 90, longitude -180 to"
                            + " 180); pick it on the map"));
        }
        if (timeZone == null) {
            p.add(new FieldProblem(
                    "timeZone", "is required: the venue's time zone, an IANA name such as Europe/Istanbul"));
        } else {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                p.add(new FieldProblem(
                        "timeZone",
                        "\"" + abbreviate(timeZone) + "\" is not a time zone; use an IANA name such as"
                                + " Europe/Istanbul or Asia/Dubai"));
            }
        }
        if (start == null) {
            p.add(new FieldProblem("start", "is required: the local time at the venue, such as 2026-12-10T18:00"));
        }
        if (end == null) {
            p.add(new FieldProblem("end", "is required: the local time at the venue, such as 2026-12-10T20:00"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            p.add(new FieldProblem(
                    "end",
                    "is not after the start (" + AppearancePages.WHEN.format(start)
                            + "): an appearance ends after it begins"));
        }
        if (publicity == null) {
            p.add(new FieldProblem("publicity", "is required: one of " + List.of(Publicity.values())));
        }
        if (host != null && host.length() > 300) {
            p.add(new FieldProblem("host", "is longer than 300 characters"));
        }
        if (expectedAttendance != null && (expectedAttendance < 0 || expectedAttendance > 10_000_000)) {
            p.add(new FieldProblem("expectedAttendance", "must be 0 to 10000000 people, got " + expectedAttendance));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            p.add(new FieldProblem(
                    "notes",
                    "is " + notes.length() + " characters long; at most " + MAX_NOTES + " are kept: attach"
                            + " long documents elsewhere and note where they are"));
        }
        return p;
    }

    void check() {
        List<FieldProblem> p = problems();
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
