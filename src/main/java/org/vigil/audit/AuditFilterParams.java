package org.vigil.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the trail's filter from request parameters, shared by the page and the API. Dates are days (UTC) or
 * instants; {@code to} as a day includes that whole day.
 */
record AuditFilterParams(String actor, String action, String entityType, String entityId, String from, String to) {

    AuditQueries.Filter toFilter() {
        return new AuditQueries.Filter(
                actor, action, entityType, entityId, parse("from", from, false), parse("to", to, true));
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(v);
        } catch (DateTimeException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    field
                            + ": expected a day like 2026-11-23 or an instant like 2026-11-23T10:15:00Z, got '"
                            + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'");
        }
    }
}
