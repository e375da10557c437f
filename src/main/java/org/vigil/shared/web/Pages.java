package org.vigil.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.vigil.shared.Actor;
import org.vigil.shared.Role;

/** Small helpers the ingestion and signal pages share: lenient query parameters, roles, times. */
public final class Pages {

    public static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Pages() {}

    /** A record that does not exist or lies outside the caller's scope: the 404 page, the same answer for both. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class NotFound extends RuntimeException {
        public NotFound(String what, String id) {
            super("no " + what + " \"" + id + "\"");
        }
    }

    public static boolean hasAnyRole(Role... roles) {
        return Actor.current().hasAnyRole(roles);
    }

    public static boolean hq() {
        return Actor.current().hasAnyRole(Role.HQ);
    }

    public static LocalDate dateOrNull(String value) {
        String v = FormValues.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static int pageNumber(String value) {
        try {
            return Math.max(0, Integer.parseInt(value == null ? "0" : value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static String utc(Instant instant) {
        return instant == null ? null : UTC_MINUTES.format(instant);
    }
}
