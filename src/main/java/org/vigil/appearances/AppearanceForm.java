package org.vigil.appearances;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.vigil.shared.InvalidInputException;

/**
 * What the appearance form sends, as typed (a JavaBean, bound and re-displayed by property name). A value that is
 * not even of the right type (a start that is no date and time, a latitude that is no number) becomes an error on
 * its field; the rest is decided by {@link AppearanceCommand#problems()}, the same rules as the API's, so that the
 * page and the API refuse the same input with the same words.
 */
public class AppearanceForm {

    private String personId;
    private String title;
    private String kind;
    private String venueName;
    private String venueAddress;
    private String venueAliases;
    private String city;
    private String countryCode;
    private String lat;
    private String lon;
    private String timeZone;
    private String start;
    private String end;
    private String publicity;
    private String host;
    private String expectedAttendance;
    private String notes;

    static AppearanceForm empty(String personId, String timeZone, String countryCode) {
        AppearanceForm f = new AppearanceForm();
        f.personId = personId;
        f.kind = AppearanceKind.VISIT.name();
        f.publicity = Publicity.INVITATION_ONLY.name();
        f.timeZone = timeZone;
        f.countryCode = countryCode;
        return f;
    }

    static AppearanceForm of(AppearanceView a) {
        AppearanceForm f = new AppearanceForm();
        f.personId = a.personId();
        f.title = a.title();
        f.kind = a.kind().name();
        f.venueName = a.venueName();
        f.venueAddress = a.venueAddress();
        f.venueAliases = String.join("\n", a.venueAliases());
        f.city = a.city();
        f.countryCode = a.countryCode();
        f.lat = String.valueOf(a.lat());
        f.lon = String.valueOf(a.lon());
        f.timeZone = a.timeZone();
        f.start = a.localStart().toString();
        f.end = a.localEnd().toString();
        f.publicity = a.publicity().name();
        f.host = a.host();
        f.expectedAttendance = a.expectedAttendance() == null ? null : String.valueOf(a.expectedAttendance());
        f.notes = a.notes();
        return f;
    }

    /**
     * The command for the given mission, with a field error for each value that is not of the right type and for
     * each rule of the command that the input breaks; nothing is saved while there is any.
     */
    AppearanceCommand toCommand(String missionId, BindingResult errors) {
        AppearanceKind k = choice(AppearanceKind.class, kind, "kind", errors);
        Publicity p = choice(Publicity.class, publicity, "publicity", errors);
        Double latitude = number(lat, "lat", errors, "a latitude in decimal degrees such as 39.9341");
        Double longitude = number(lon, "lon", errors, "a longitude in decimal degrees such as 32.8597");
        LocalDateTime s = dateTime(start, "start", errors);
        LocalDateTime e = dateTime(end, "end", errors);
        Integer attendance = count(expectedAttendance, errors);
        AppearanceCommand command = new AppearanceCommand(
                missionId,
                personId,
                title,
                k,
                venueName,
                venueAddress,
                lines(venueAliases),
                city,
                countryCode,
                latitude,
                longitude,
                timeZone,
                s,
                e,
                p,
                host,
                attendance,
                notes);
        reject(errors, command.problems());
        return command;
    }

    /** Each problem on its form field; one the form has no field for goes on the form as a whole. */
    static void reject(BindingResult errors, List<InvalidInputException.FieldProblem> problems) {
        for (InvalidInputException.FieldProblem problem : problems) {
            List<String> fields = fields(problem.field());
            if (fields.stream().anyMatch(f -> FIELDS.contains(f) && errors.getFieldErrorCount(f) > 0)) {
                continue; // the field already says what is wrong with it (a number that is no number)
            }
            for (String field : fields) {
                if (FIELDS.contains(field)) {
                    errors.rejectValue(field, "invalid", problem.reason());
                } else {
                    errors.reject("invalid", label(field) + " " + problem.reason());
                }
            }
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "missionId" -> "The mission";
            case "item" -> "The checklist item";
            default -> field;
        };
    }

    static final List<String> FIELDS = List.of(
            "personId",
            "title",
            "kind",
            "venueName",
            "venueAddress",
            "venueAliases",
            "city",
            "countryCode",
            "lat",
            "lon",
            "timeZone",
            "start",
            "end",
            "publicity",
            "host",
            "expectedAttendance",
            "notes");

    private static List<String> fields(String field) {
        if (field.equals("lat/lon")) {
            return List.of("lat", "lon");
        }
        return List.of(field.replaceAll("\\[\\d+]$", ""));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null; // the command says it is required
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", "is not one of the choices; choose one from the list");
            return null;
        }
    }

    private static Double number(String value, String field, BindingResult errors, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "number", "\u201c" + value.strip() + "\u201d is not a number: give " + what);
            return null;
        }
    }

    private static LocalDateTime dateTime(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            errors.rejectValue(
                    field,
                    "date",
                    "\u201c" + value.strip() + "\u201d is not a date and time: give the local time at the venue,"
                            + " such as 2026-12-10T18:00");
            return null;
        }
    }

    private static Integer count(String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(
                    "expectedAttendance",
                    "number",
                    "\u201c" + value.strip() + "\u201d is not a number of people: give a whole number such as 400");
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getVenueAliases() {
        return venueAliases;
    }

    public void setVenueAliases(String venueAliases) {
        this.venueAliases = venueAliases;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPublicity() {
        return publicity;
    }

    public void setPublicity(String publicity) {
        this.publicity = publicity;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getExpectedAttendance() {
        return expectedAttendance;
    }

    public void setExpectedAttendance(String expectedAttendance) {
        this.expectedAttendance = expectedAttendance;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
