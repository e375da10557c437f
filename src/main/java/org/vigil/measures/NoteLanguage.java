package org.vigil.measures;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.PersonRole;

/**
 * The languages a note verbale is drafted in. The fixed wording of each (the courtesy formulas, the protection
 * duties of the receiving state quoted from the Vienna Conventions, the request and the closing) is a resource
 * bundle, {@code notes/note-verbale_<lang>.properties}, read once when the class is loaded: a missing key fails at
 * start-up with the file and the key. Its values are templates whose named placeholders ({@code {sender}},
 * {@code {state}}...) are filled here; a key ending in {@code .vowel} replaces the plain one when the country's name
 * starts with one of the bundle's {@code vowels} (French elision).
 */
public enum NoteLanguage {
    EN("eng", Locale.UK),
    FR("fra", Locale.FRENCH),
    RU("rus", Locale.forLanguageTag("ru")),
    TR("tur", Locale.forLanguageTag("tr"));

    static final String BUNDLE = "notes/note-verbale";

    private final String iso3;
    private final Locale locale;
    private final ResourceBundle wording;

    NoteLanguage(String iso3, Locale locale) {
        this.iso3 = iso3;
        this.locale = locale;
        this.wording = bundle(name().toLowerCase(Locale.ROOT));
    }

    static {
        // every template of every language, filled once, so that a missing key fails when the class is loaded
        for (NoteLanguage l : values()) {
            for (MissionKind kind : MissionKind.values()) {
                String sender = l.sender(kind, "Aa", "The Mission");
                l.sender(kind, "Ba", "The Mission");
                String ministry = l.ministry("Aa");
                l.ministry("Ba");
                String senderShort = l.senderShort(kind);
                l.title();
                l.reference();
                l.compliments(sender, ministry);
                l.persons();
                l.accounts();
                l.duty(consular(kind));
                l.request(senderShort);
                l.informed(senderShort);
                l.closing(sender);
            }
            l.facts(1, 1, LocalDate.EPOCH, LocalDate.EPOCH, "x");
            l.facts(3, 1, LocalDate.EPOCH, LocalDate.EPOCH, "x");
            l.facts(3, 3, LocalDate.EPOCH, LocalDate.EPOCH, "x");
            for (PersonRole role : PersonRole.values()) {
                l.role(role);
            }
        }
    }

    private static ResourceBundle bundle(String lang) {
        try {
            return ResourceBundle.getBundle(
                    BUNDLE,
                    Locale.forLanguageTag(lang),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException(
                    BUNDLE + "_" + lang + ".properties is missing from the class path: "
                            + "every language of a note verbale has its wording there",
                    e);
        }
    }

    /** ISO 639-3, the key of a country's names in the registry. */
    String iso3() {
        return iso3;
    }

    String lang() {
        return name().toLowerCase(Locale.ROOT);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static boolean consular(MissionKind kind) {
        return kind == MissionKind.CONSULATE_GENERAL || kind == MissionKind.CONSULATE;
    }

    /** The sender as it names itself: "the Embassy of Russia", "L'Ambassade de Russie", "Rusya Büyükelçiliği"... */
    String sender(MissionKind kind, String sendingState, String missionName) {
        String template = text(elided("sender", sendingState));
        return fill(
                template,
                "mission",
                missionName,
                "kind",
                template.contains("{kind}") ? kindWord("kind", kind) : "",
                "state",
                sendingState);
    }

    /** The sender once named: "The Embassy", "L'Ambassade", "Büyükelçilik"... */
    String senderShort(MissionKind kind) {
        return kindWord("short", kind);
    }

    /** The addressee: the host state's ministry of foreign affairs. */
    String ministry(String hostState) {
        return fill(text(elided("ministry", hostState)), "state", hostState);
    }

    String title() {
        return text("title");
    }

    String reference() {
        return text("reference");
    }

    String compliments(String sender, String ministry) {
        return fill(text("compliments"), "sender", sender, "ministry", ministry);
    }

    String persons() {
        return text("persons");
    }

    /** The sentence before the accounts of the person of interest the request concerns. */
    String accounts() {
        return text("accounts");
    }

    /** The receiving state's duty, quoted from the convention that fits the mission. */
    String duty(boolean consular) {
        return text(consular ? "duty.consular" : "duty.diplomatic");
    }

    String request(String senderShort) {
        return fill(text("request"), "short", senderShort);
    }

    String informed(String senderShort) {
        return fill(text("informed"), "short", senderShort);
    }

    String closing(String sender) {
        return fill(text("closing"), "sender", sender);
    }

    /**
     * The facts of the case in this language's register: how many messages threatened violence and when, how many
     * are serious, and the words of the gravest.
     *
     * @param count the messages, at least 1
     * @param serious those assessed as serious (HIGH or above), 0 to {@code count}
     * @param from the first message's date
     * @param to the last message's date
     * @param excerpt the gravest message's words, or null to quote nothing
     */
    String facts(int count, int serious, LocalDate from, LocalDate to, String excerpt) {
        StringBuilder out = new StringBuilder();
        String number = NumberFormat.getIntegerInstance(locale).format(count);
        if (count == 1) {
            out.append(fill(text("facts.one"), "date", date(from)));
        } else {
            out.append(fill(text("facts.many"), "from", date(from), "to", date(to), "count", number));
        }
        if (count > 1 && serious == count) {
            out.append(' ').append(text("facts.serious.all"));
        } else if (count > 1 && serious > 0) {
            out.append(' ')
                    .append(fill(
                            text("facts.serious.some"),
                            "serious",
                            NumberFormat.getIntegerInstance(locale).format(serious)));
        }
        if (excerpt != null && !excerpt.isBlank()) {
            out.append(' ').append(fill(text(count == 1 ? "facts.quote.one" : "facts.quote.many"), "excerpt", excerpt));
        }
        return out.toString();
    }

    /** A person's role as the note names it after the name: "Ambassador", "Büyükelçi", the Russian word in note-verbale_ru... */
    String role(PersonRole role) {
        return text("role." + role.name());
    }

    private String kindWord(String prefix, MissionKind kind) {
        String key = prefix + "." + kind.name();
        return wording.containsKey(key) ? text(key) : text(prefix + ".other");
    }

    /** The key, or its {@code .vowel} variant when the bundle has one and the name starts with a vowel. */
    private String elided(String key, String name) {
        if (wording.containsKey(key + ".vowel")
                && wording.containsKey("vowels")
                && !name.isEmpty()
                && text("vowels").indexOf(name.charAt(0)) >= 0) {
            return key + ".vowel";
        }
        return key;
    }

    private String text(String key) {
        try {
            return wording.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(BUNDLE + "_" + lang() + ".properties has no '" + key + "'", e);
        }
    }

    /** The template with each {name} replaced by its value, in one pass (a value is never read as a template). */
    private String fill(String template, String... namesAndValues) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value = null;
            for (int k = 0; k < namesAndValues.length; k += 2) {
                if (namesAndValues[k].equals(name)) {
                    value = namesAndValues[k + 1];
                }
            }
            if (value == null) {
                throw new IllegalStateException(BUNDLE + "_" + lang() + ".properties: a template has the unknown "
                        + "placeholder {" + name + "}");
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }
}
