package org.vigil.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the user interface speaks: one message bundle each at the classpath root ({@code messages.properties}
 * for English, {@code messages_ru.properties} for Russian). Adding a language is adding its bundle and its tag here
 * (docs/pages.md, "Languages of the interface").
 */
public final class InterfaceLanguages {

    /** The language when neither the user nor the browser names one the interface speaks. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** In the order the language switch offers them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private InterfaceLanguages() {}

    /** The supported language a tag names ("ru", "ru-RU", "EN"); empty for anything else, blank and null included. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first of the browser's languages (in its order of preference) that the interface speaks. */
    public static Optional<Locale> firstSupported(Iterable<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Locale> supported = of(locale.toLanguageTag());
            if (supported.isPresent()) {
                return supported;
            }
        }
        return Optional.empty();
    }
}
