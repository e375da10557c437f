package org.vigil.ingest.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds really write them: RFC 822/1123 (with or without weekday and seconds, two- or four-digit years,
 * numeric offsets with or without a colon, and the named zones that news sites use) and ISO 8601 / RFC 3339 (with
 * or without seconds, fraction or zone; a space instead of the T; a bare date). A time without a zone is taken as
 * UTC. Ambiguous zone names (IST, AST, BST in some feeds) are resolved to the meaning news feeds mostly intend.
 */
public final class FeedDates {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "1"),
            Map.entry("feb", "2"),
            Map.entry("mar", "3"),
            Map.entry("apr", "4"),
            Map.entry("may", "5"),
            Map.entry("jun", "6"),
            Map.entry("jul", "7"),
            Map.entry("aug", "8"),
            Map.entry("sep", "9"),
            Map.entry("oct", "10"),
            Map.entry("nov", "11"),
            Map.entry("dec", "12"));

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+00:00"),
            Map.entry("UTC", "+00:00"),
            Map.entry("GMT", "+00:00"),
            Map.entry("Z", "+00:00"),
            Map.entry("EST", "-05:00"),
            Map.entry("EDT", "-04:00"),
            Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"),
            Map.entry("MST", "-07:00"),
            Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"),
            Map.entry("PDT", "-07:00"),
            Map.entry("AKST", "-09:00"),
            Map.entry("HST", "-10:00"),
            Map.entry("WET", "+00:00"),
            Map.entry("WEST", "+01:00"),
            Map.entry("BST", "+01:00"),
            Map.entry("IST", "+05:30"),
            Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"),
            Map.entry("MET", "+01:00"),
            Map.entry("MEST", "+02:00"),
            Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"),
            Map.entry("MSK", "+03:00"),
            Map.entry("TRT", "+03:00"),
            Map.entry("AST", "+03:00"),
            Map.entry("GST", "+04:00"),
            Map.entry("IRST", "+03:30"),
            Map.entry("PKT", "+05:00"),
            Map.entry("ICT", "+07:00"),
            Map.entry("WIB", "+07:00"),
            Map.entry("HKT", "+08:00"),
            Map.entry("SGT", "+08:00"),
            Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"),
            Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"),
            Map.entry("NZST", "+12:00"),
            Map.entry("NZDT", "+13:00"),
            Map.entry("SAST", "+02:00"),
            Map.entry("EAT", "+03:00"),
            Map.entry("WAT", "+01:00"),
            Map.entry("CAT", "+02:00"));

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2}|\\d{4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?"
                    + "(?:\\s*\\(.*\\))?");
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    private FeedDates() {}

    /** The instant, or empty when the text matches no known form or names an impossible date. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return Optional.of(instant(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)),
                        iso.group(4),
                        iso.group(5),
                        iso.group(6),
                        iso.group(7),
                        iso.group(8)));
            }
            Matcher rfc = RFC822.matcher(t);
            if (rfc.matches()) {
                String month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return Optional.empty();
                }
                int year = Integer.parseInt(rfc.group(3));
                if (rfc.group(3).length() == 2) {
                    year += year < 50 ? 2000 : 1900; // RFC 2822's reading of two-digit years
                }
                return Optional.of(instant(
                        year,
                        Integer.parseInt(month),
                        Integer.parseInt(rfc.group(1)),
                        rfc.group(4),
                        rfc.group(5),
                        rfc.group(6),
                        rfc.group(7),
                        rfc.group(8)));
            }
        } catch (DateTimeException | UnknownZone e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant instant(
            int year, int month, int day, String hour, String minute, String second, String fraction, String zone) {
        if (hour == null) {
            return LocalDate.of(year, month, day).atStartOfDay().toInstant(offset(zone));
        }
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(
                year,
                month,
                day,
                Integer.parseInt(hour),
                Integer.parseInt(minute),
                second == null ? 0 : Integer.parseInt(second),
                nanos);
        return local.toInstant(offset(zone));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        String named = ZONES.get(z);
        if (named != null) {
            return ZoneOffset.of(named);
        }
        if (z.matches("[+-]\\d{2}")) {
            return ZoneOffset.of(z + ":00");
        }
        if (z.matches("[+-]\\d{4}")) {
            return ZoneOffset.of(z.substring(0, 3) + ":" + z.substring(3));
        }
        if (z.matches("[+-]\\d{2}:\\d{2}")) {
            return ZoneOffset.of(z);
        }
        throw new UnknownZone();
    }

    private static final class UnknownZone extends RuntimeException {
        UnknownZone() {
            super(null, null, false, false);
        }
    }
}
