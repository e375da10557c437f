package org.vigil.analysis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.ResourceTable;
import org.vigil.analysis.lang.Table;
import org.vigil.shared.registryfile.GeoPoint;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.registryfile.RegistryFile;

/**
 * A generated, reproducible multi-script registry and corpus for the benchmark: people named from syllables that
 * exist in Latin, Cyrillic and Arabic spelling (so one person can be written in all three), missions of several
 * sending states in real capitals, and posts and articles in English, Russian, Turkish and Arabic that mention
 * some of them in various spellings and forms among filler text. The syllables, cities, senders, filler text and
 * phrases are resources beside this class ({@code org/vigil/analysis/bench/*.tsv}), read when it is loaded.
 */
public final class BenchData {

    /** One syllable or surname ending in Latin, Cyrillic and Arabic spelling. */
    private static final String[][] SYLLABLES = triples("syllables.tsv");

    private static final String[][] SUFFIXES = triples("suffixes.tsv");

    private static final String[][] CITIES;
    private static final String[] SENDING;
    private static final String[] DEMONYM;
    private static final String[] EN;
    private static final String[] RU;
    private static final String[] TR;
    private static final String[] AR;
    private static final String MISSION_NAME;
    private static final String MISSION_MENTION;
    private static final String TITLE;

    static {
        List<String[]> cities = new ArrayList<>();
        for (Table.Row row : ResourceTable.of(BenchData.class, "cities.tsv")
                .requireColumns("city", "country")
                .rows()) {
            cities.add(new String[] {row.get("city"), row.get("country")});
        }
        CITIES = cities.toArray(String[][]::new);
        List<Table.Row> senders = ResourceTable.of(BenchData.class, "senders.tsv")
                .requireColumns("country", "demonym")
                .rows();
        SENDING = senders.stream().map(r -> r.get("country")).toArray(String[]::new);
        DEMONYM = senders.stream().map(r -> r.get("demonym")).toArray(String[]::new);
        Map<String, String[]> filler = new HashMap<>();
        for (Table.Row row : ResourceTable.of(BenchData.class, "filler.tsv")
                .requireColumns("language", "words")
                .rows()) {
            filler.put(row.get("language"), row.get("words").split(" "));
        }
        EN = required(filler, "en", "filler.tsv");
        RU = required(filler, "ru", "filler.tsv");
        TR = required(filler, "tr", "filler.tsv");
        AR = required(filler, "ar", "filler.tsv");
        Map<String, String> phrases = new HashMap<>();
        for (Table.Row row : ResourceTable.of(BenchData.class, "phrases.tsv")
                .requireColumns("name", "text")
                .rows()) {
            phrases.put(row.get("name"), row.get("text"));
        }
        MISSION_NAME = required(phrases, "mission-name", "phrases.tsv");
        MISSION_MENTION = required(phrases, "mission-mention", "phrases.tsv");
        TITLE = required(phrases, "title", "phrases.tsv");
    }

    private BenchData() {}

    private static String[][] triples(String file) {
        List<String[]> out = new ArrayList<>();
        for (Table.Row row : ResourceTable.of(BenchData.class, file)
                .requireColumns("latin", "cyrillic", "arabic")
                .rows()) {
            String[] t = {row.get("latin"), row.get("cyrillic"), row.get("arabic")};
            for (int i = 0; i < 3; i++) {
                t[i] = t[i].equals("-") ? "" : t[i];
            }
            out.add(t);
        }
        return out.toArray(String[][]::new);
    }

    private static <T> T required(Map<String, T> values, String key, String file) {
        T v = values.get(key);
        if (v == null) {
            throw new LanguageDataException("org/vigil/analysis/bench/" + file, 0, "has no row '" + key + "'");
        }
        return v;
    }

    /** A registry with {@code people} people and {@code missions} missions. */
    public static RegistryFile registry(int people, int missions, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<MissionEntry> ms = new ArrayList<>();
        for (int i = 0; i < missions; i++) {
            int s = r.nextInt(SENDING.length);
            String[] city = CITIES[r.nextInt(CITIES.length)];
            if (city[1].equals(SENDING[s])) {
                city = CITIES[(java.util.Arrays.asList(CITIES).indexOf(city) + 1) % CITIES.length];
            }
            MissionKind kind = switch (r.nextInt(5)) {
                case 0, 1 -> MissionKind.EMBASSY;
                case 2 -> MissionKind.CONSULATE_GENERAL;
                case 3 -> MissionKind.CONSULATE;
                default -> MissionKind.PERMANENT_MISSION;
            };
            String name = MISSION_NAME
                    .replace(
                            "{kind}",
                            kind.name().charAt(0)
                                    + kind.name().substring(1).toLowerCase().replace('_', ' '))
                    .replace("{demonym}", DEMONYM[s])
                    .replace("{number}", String.valueOf(i))
                    .replace("{city}", city[0]);
            ms.add(new MissionEntry(
                    "m" + i,
                    kind,
                    name,
                    SENDING[s],
                    city[1],
                    city[0],
                    new GeoPoint(r.nextDouble(-60, 60), r.nextDouble(-170, 170)),
                    List.of()));
        }
        List<PersonEntry> ps = new ArrayList<>();
        PersonRole[] roles = PersonRole.values();
        for (int i = 0; i < people; i++) {
            String[] given = word(r, 2 + r.nextInt(2), null);
            String[] surname = word(r, 2 + r.nextInt(2), SUFFIXES[r.nextInt(SUFFIXES.length)]);
            int script = r.nextInt(10) < 5 ? 0 : r.nextInt(10) < 6 ? 1 : 2;
            String name = cap(given[script]) + " " + cap(surname[script]);
            List<String> aliases = r.nextInt(4) == 0
                    ? List.of(cap(given[(script + 1) % 3]) + " " + cap(surname[(script + 1) % 3]))
                    : List.of();
            ps.add(new PersonEntry(
                    "p" + i,
                    name,
                    roles[r.nextInt(roles.length)],
                    "m" + r.nextInt(missions),
                    aliases,
                    r.nextInt(5) == 0 ? List.of("@acct" + i) : List.of()));
        }
        return new RegistryFile(ms, ps);
    }

    private static String[] word(SplittableRandom r, int syllables, String[] suffix) {
        StringBuilder[] b = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (int k = 0; k < syllables; k++) {
            String[] s = SYLLABLES[r.nextInt(SYLLABLES.length)];
            for (int x = 0; x < 3; x++) {
                b[x].append(s[x]);
            }
        }
        if (suffix != null) {
            for (int x = 0; x < 3; x++) {
                b[x].append(suffix[x]);
            }
        }
        return new String[] {b[0].toString(), b[1].toString(), b[2].toString()};
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code count} texts of about {@code chars} characters, a few mentioning registry people or missions. */
    public static List<String> texts(RegistryFile registry, int count, int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        String[][] langs = {EN, RU, TR, AR};
        for (int i = 0; i < count; i++) {
            String[] words = langs[r.nextInt(langs.length)];
            StringBuilder b = new StringBuilder(chars + 64);
            boolean capital = true;
            while (b.length() < chars) {
                int roll = r.nextInt(40);
                if (roll == 0) {
                    PersonEntry p =
                            registry.people().get(r.nextInt(registry.people().size()));
                    String n = p.name();
                    b.append(
                            switch (r.nextInt(4)) {
                                case 0 -> n;
                                case 1 -> n.substring(n.indexOf(' ') + 1);
                                case 2 -> TITLE + " " + n.substring(n.indexOf(' ') + 1);
                                default -> n.charAt(0) + ". " + n.substring(n.indexOf(' ') + 1);
                            });
                } else if (roll == 1) {
                    MissionEntry m = registry.missions()
                            .get(r.nextInt(registry.missions().size()));
                    int s = java.util.Arrays.asList(SENDING).indexOf(m.sendingCountry());
                    b.append(MISSION_MENTION.replace("{demonym}", DEMONYM[s]).replace("{city}", m.city()));
                } else if (roll == 2) {
                    b.append(CITIES[r.nextInt(CITIES.length)][0]);
                } else {
                    String w = words[r.nextInt(words.length)];
                    b.append(capital ? cap(w) : w);
                }
                capital = r.nextInt(12) == 0;
                b.append(capital ? ". " : " ");
            }
            out.add(b.toString());
        }
        return out;
    }
}
