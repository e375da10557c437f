package org.vigil.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.vigil.shared.Actor;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.Role;
import org.vigil.shared.web.FormValues;

/** Small helpers the registry pages share: lenient query parameters, typed form fields, errors onto fields. */
final class Forms {

    private Forms() {}

    /**
     * Refuses (403) anyone but an administrator. Checked here, in the handler, rather than by an annotation, so
     * that the rule holds whatever the method-security configuration is.
     */
    static void requireAdmin() {
        if (!Actor.current().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators change the registry");
        }
    }

    static <E extends Enum<E>> E enumField(
            Class<E> type, String value, String field, BindingResult errors, boolean required) {
        String v = FormValues.blankToNull(value);
        if (v == null) {
            if (required) {
                errors.rejectValue(field, "required", "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(
                    field,
                    "invalid",
                    "\"" + v + "\" is not one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    static Double number(String value, String field, BindingResult errors) {
        String v = FormValues.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "number", "\"" + v + "\" is not a number: use decimal degrees such as 39.9006");
            return null;
        }
    }

    /** The registry's validation problems, each on its form field (or on the form when no field matches). */
    static void reject(BindingResult errors, InvalidInputException e) {
        for (InvalidInputException.FieldProblem p : e.problems()) {
            String field = p.field().replaceAll("\\[\\d+]$", ""); // aliases[2] -> aliases
            if (errors.getFieldType(field) != null || hasProperty(errors, field)) {
                errors.rejectValue(field, "invalid", p.reason());
            } else {
                errors.reject("invalid", p.field() + ": " + p.reason());
            }
        }
    }

    private static boolean hasProperty(BindingResult errors, String field) {
        try {
            errors.getFieldValue(field);
            return true;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    private static final java.time.format.DateTimeFormatter UTC_MINUTES = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    static String utc(java.time.Instant instant) {
        return instant == null ? null : UTC_MINUTES.format(instant);
    }

    static PageNotFound notFound(String what, String id) {
        // the same answer whether it does not exist or is outside the caller's scope
        return new PageNotFound(what, id);
    }

    /** A page number from a query string; anything that is not a number from 0 up means the first page. */
    static int pageNumber(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** An id as one segment of a redirect path. */
    static String path(String id) {
        return org.springframework.web.util.UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    static void param(StringBuilder query, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        query.append(query.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
