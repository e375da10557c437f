package org.vigil.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times and numbers as pages show them, in the request's language: the patterns and the words ("3 h ago") are
 * messages of the bundles ({@code time.*}), so that each language writes them its own way (Russian month names, 24
 * hours, the Russian for "3 h ago"); numbers use the language's separators and counts its plural forms. Every page has it as
 * {@code ${time}}.
 */
@Component("times")
public class Times {

    private final MessageSource messages;

    public Times(MessageSource messages) {
        this.messages = messages;
    }

    /** Date and time to the minute, in UTC, e.g. "23 Nov 2026, 10:00 UTC". */
    public String utc(Instant instant) {
        return format(instant, "time.pattern.minutes");
    }

    /** Date and time to the second, in UTC. */
    public String seconds(Instant instant) {
        return format(instant, "time.pattern.seconds");
    }

    /** The calendar day, e.g. "23 Nov 2026". */
    public String date(Instant instant) {
        return format(instant, "time.pattern.date");
    }

    public String date(LocalDate date) {
        return date == null ? "—" : formatter("time.pattern.date").format(date);
    }

    /** How long ago, as a person says it: "just now", "12 min ago", "3 h ago", "5 days ago". */
    public String ago(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return ago(instant, Instant.now(), LocaleContextHolder.getLocale());
    }

    public String ago(Instant instant, Instant now, Locale locale) {
        long minutes = Duration.between(instant, now).toMinutes();
        if (minutes < 1) {
            return message("time.ago.now", locale);
        }
        if (minutes < 60) {
            return message("time.ago.minutes", locale, minutes);
        }
        if (minutes < 48 * 60) {
            return message("time.ago.hours", locale, minutes / 60);
        }
        return message("time.ago.days", locale, minutes / (24 * 60));
    }

    /** A number with the language's separators and the given decimals ("1,234.5"; in Russian "1 234,5"). */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "—";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    public String number(Number value) {
        return number(value, 0);
    }

    /** A share (0.54) as a percentage in the language's way ("54%"; in Russian "54 %"). */
    public String percent(Number share) {
        if (share == null) {
            return "—";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    /**
     * A count in words with the language's plural forms: the message is an ICU pattern such as
     * {@code {0, plural, one {# signal} other {# signals}}} (Russian has one, few and many forms: messages_ru.properties
     * writes them), so that each bundle writes its own forms.
     */
    public String count(String key, Number n) {
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = messages.getMessage(key, null, locale);
        return new com.ibm.icu.text.MessageFormat(pattern, locale).format(new Object[] {n == null ? 0 : n});
    }

    private String format(Instant instant, String patternKey) {
        return instant == null
                ? "—"
                : formatter(patternKey).withZone(ZoneOffset.UTC).format(instant);
    }

    private DateTimeFormatter formatter(String patternKey) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(message(patternKey, locale), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
