package org.vigil.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The human label of a constant a page shows (a role, a state, a level, a kind) in the request's language: the
 * message {@code enum.<EnumName>.<CONSTANT>} of the bundles, e.g. {@code enum.Role.HQ_DIRECTOR}. Templates call it as
 * {@code ${@labels.of(m.state)}}. A constant without a message (a bundle test keeps them all present) reads as its
 * name in words, never as the code.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public String of(Enum<?> value) {
        return value == null ? "—" : of(value, LocaleContextHolder.getLocale());
    }

    public String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return messages.getMessage(key(value), null, words(value.name()), locale);
    }

    /**
     * A page text a controller handed over ({@link PageText}, in flash attributes) in the request's language; any
     * other value, such as a reason a domain check gave, as it is.
     */
    public String text(Object value) {
        if (value instanceof org.springframework.context.MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
        }
        return value == null ? null : value.toString();
    }

    /** The same label starting lower-case, for the middle of a sentence ("now under review"). */
    public String lower(Enum<?> value) {
        String label = of(value);
        return label.isEmpty()
                ? label
                : label.substring(0, 1).toLowerCase(LocaleContextHolder.getLocale()) + label.substring(1);
    }

    /** The labels of several constants as a choice: "HQ security director or Administrator" (list.or). */
    public String anyOf(java.util.Collection<? extends Enum<?>> values) {
        return join(values, "list.or");
    }

    /** The labels of several constants as a list: "Targeted threats and Terrorism" (list.and). */
    public String allOf(java.util.Collection<? extends Enum<?>> values) {
        return join(values, "list.and");
    }

    private String join(java.util.Collection<? extends Enum<?>> values, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        java.util.List<String> labels = values.stream().map(v -> of(v, locale)).toList();
        if (labels.isEmpty()) {
            return "—";
        }
        if (labels.size() == 1) {
            return labels.getFirst();
        }
        String head = String.join(", ", labels.subList(0, labels.size() - 1));
        return messages.getMessage(key, new Object[] {head, labels.getLast()}, locale);
    }

    private static String words(String name) {
        String w = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
