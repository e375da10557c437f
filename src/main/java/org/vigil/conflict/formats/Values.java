package org.vigil.conflict.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Field conversions shared by the importers; each problem is a message naming the field and the value. */
final class Values {

    /** A conversion that failed, with the reason the reject will carry. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d-MMMM-uuuu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d-MMM-uu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.BASIC_ISO_DATE);

    private Values() {}

    static LocalDate date(Fields f, String... names) throws Bad {
        for (String name : names) {
            if (f.has(name)) {
                String v = f.get(name);
                // UCDP writes "2021-02-22 00:00:00.000" in some releases: the date is what counts
                String d = v.length() > 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
                // Pick the form by shape: trying each in turn would cost an exception per line on big files.
                List<DateTimeFormatter> forms = d.length() == 8 && allDigits(d)
                        ? List.of(DateTimeFormatter.BASIC_ISO_DATE)
                        : d.length() == 10 && d.charAt(4) == '-'
                                ? List.of(DateTimeFormatter.ISO_LOCAL_DATE)
                                : DATES.subList(1, 4);
                for (DateTimeFormatter format : forms) {
                    try {
                        return LocalDate.parse(d, format);
                    } catch (DateTimeException e) {
                        // next form
                    }
                }
                throw new Bad(name + " '" + v + "' is not a date (expected 2020-02-05)");
            }
        }
        throw new Bad("the date is missing (" + String.join(" or ", names) + ")");
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static Integer count(Fields f, String name) throws Bad {
        if (!f.has(name)) {
            return null;
        }
        String v = f.get(name);
        try {
            int n = v.contains(".") ? (int) Math.round(Double.parseDouble(v)) : Integer.parseInt(v);
            if (n < 0) {
                throw new Bad(name + " " + v + " is negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Bad(name + " '" + v + "' is not a whole number");
        }
    }

    /** Both coordinates, or neither; a half pair or a value out of range is an error. */
    static Optional<double[]> coordinates(Fields f, String latName, String lonName) throws Bad {
        boolean hasLat = f.has(latName);
        boolean hasLon = f.has(lonName);
        if (!hasLat && !hasLon) {
            return Optional.empty();
        }
        if (hasLat != hasLon) {
            throw new Bad("only one of " + latName + " and " + lonName + " is given");
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(f.get(latName));
            lon = Double.parseDouble(f.get(lonName));
        } catch (NumberFormatException e) {
            throw new Bad(
                    latName + "/" + lonName + " '" + f.get(latName) + "', '" + f.get(lonName) + "' are not numbers");
        }
        if (Double.isNaN(lat) || Double.isNaN(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new Bad("coordinates " + lat + ", " + lon + " are out of range");
        }
        return Optional.of(new double[] {lat, lon});
    }

    /** Non-blank values in order; ';'-separated lists (ACLED's associated actors) split into their members. */
    static List<String> actors(Fields f, String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            for (String part : f.get(name).split(";")) {
                String p = part.strip();
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static String firstOf(Fields f, String... names) {
        for (String name : names) {
            if (f.has(name)) {
                return f.get(name);
            }
        }
        return "";
    }
}
