package org.vigil.shared.web;

import java.util.Locale;

/** Values from forms and query strings, as the pages and the list endpoints read them. */
public final class FormValues {

    private FormValues() {}

    /** The value stripped, or null when it is absent or blank (an empty filter field means "no filter"). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A filter value from a query string: unknown values mean "no filter" rather than an error page. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
