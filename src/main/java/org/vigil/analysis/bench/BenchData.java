package org.vigil.analysis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
 * some of them in various spellings and forms among filler text.
 */
public final class BenchData {

    private static final String[][] SYLLABLES = {
        {"ka", "ка", "كا"}, {"ro", "ро", "رو"}, {"mi", "ми", "مي"}, {"la", "ла", "لا"}, {"ne", "не", "ني"},
        {"to", "то", "تو"}, {"sa", "са", "سا"}, {"du", "ду", "دو"}, {"ve", "ве", "في"}, {"bo", "бо", "بو"},
        {"ri", "ри", "ري"}, {"go", "го", "غو"}, {"na", "на", "نا"}, {"zo", "зо", "زو"}, {"pe", "пе", "بي"},
        {"li", "ли", "لي"}, {"mo", "мо", "مو"}, {"ta", "та", "تا"}, {"ku", "ку", "كو"}, {"se", "се", "سي"},
        {"dra", "дра", "درا"}, {"stan", "стан", "ستان"}, {"vel", "вел", "فيل"}, {"mir", "мир", "مير"},
        {"gor", "гор", "غور"}, {"tar", "тар", "تار"}, {"khan", "хан", "خان"}, {"bek", "бек", "بيك"},
        {"shu", "шу", "شو"}, {"zha", "жа", "جا"}, {"fe", "фе", "في"}, {"yu", "ю", "يو"}, {"cher", "чер", "تشير"},
        {"brat", "брат", "برات"}, {"sla", "сла", "سلا"}, {"grom", "гром", "غروم"}, {"tsi", "ци", "تسي"},
        {"pol", "пол", "بول"}, {"dar", "дар", "دار"}, {"nik", "ник", "نيك"}, {"vas", "вас", "فاس"},
        {"lem", "лем", "ليم"}, {"gin", "гин", "غين"}, {"hor", "хор", "خور"}, {"sten", "стен", "ستين"},
        {"krup", "круп", "كروب"}, {"mel", "мел", "ميل"}, {"zar", "зар", "زار"}, {"dub", "дуб", "دوب"}};
    private static final String[][] SUFFIXES = {{"ov", "ов", "وف"}, {"in", "ин", "ين"}, {"enko", "енко", "ينكو"},
        {"", "", ""}, {"ev", "ев", "يف"}, {"ski", "ский", "سكي"}};

    private static final String[][] CITIES = {{"Ankara", "TR"}, {"Istanbul", "TR"}, {"Damascus", "SY"},
        {"Beirut", "LB"}, {"Cairo", "EG"}, {"Baghdad", "IQ"}, {"Tehran", "IR"}, {"Kabul", "AF"}, {"Paris", "FR"},
        {"Berlin", "DE"}, {"Madrid", "ES"}, {"Rome", "IT"}, {"London", "GB"}, {"Washington", "US"},
        {"New York", "US"}, {"Ottawa", "CA"}, {"Mexico City", "MX"}, {"Brasilia", "BR"}, {"Buenos Aires", "AR"},
        {"Beijing", "CN"}, {"Tokyo", "JP"}, {"Seoul", "KR"}, {"New Delhi", "IN"}, {"Islamabad", "PK"},
        {"Nairobi", "KE"}, {"Lagos", "NG"}, {"Pretoria", "ZA"}, {"Addis Ababa", "ET"}, {"Riyadh", "SA"},
        {"Doha", "QA"}, {"Abu Dhabi", "AE"}, {"Amman", "JO"}, {"Tunis", "TN"}, {"Algiers", "DZ"}, {"Rabat", "MA"},
        {"Kyiv", "UA"}, {"Minsk", "BY"}, {"Warsaw", "PL"}, {"Prague", "CZ"}, {"Vienna", "AT"}, {"Budapest", "HU"},
        {"Bucharest", "RO"}, {"Sofia", "BG"}, {"Belgrade", "RS"}, {"Athens", "GR"}, {"Tbilisi", "GE"},
        {"Yerevan", "AM"}, {"Baku", "AZ"}, {"Astana", "KZ"}, {"Tashkent", "UZ"}, {"Hanoi", "VN"},
        {"Bangkok", "TH"}, {"Jakarta", "ID"}, {"Manila", "PH"}, {"Canberra", "AU"}, {"Havana", "CU"},
        {"Caracas", "VE"}, {"Lima", "PE"}, {"Santiago", "CL"}, {"Bogota", "CO"}};
    private static final String[] SENDING = {"RU", "FR", "DE", "GB", "US", "TR", "CN", "IT", "ES", "JP"};
    private static final String[] DEMONYM = {"Russian", "French", "German", "British", "American", "Turkish",
        "Chinese", "Italian", "Spanish", "Japanese"};

    private static final String[] EN = ("the government said on monday that talks would continue despite the "
            + "escalation in the region while officials met with reporters outside the building and the ministry "
            + "issued a statement about security measures for diplomats and staff working abroad as protests "
            + "grew in several cities and analysts warned of further unrest in the coming weeks").split(" ");
    private static final String[] RU = ("правительство заявило в понедельник что переговоры продолжатся несмотря "
            + "на обострение в регионе а чиновники встретились с журналистами у здания министерства и сообщили "
            + "о мерах безопасности для дипломатов работающих за рубежом").split(" ");
    private static final String[] TR = ("hükümet pazartesi günü yaptığı açıklamada görüşmelerin bölgedeki "
            + "gerginliğe rağmen süreceğini söyledi ve yetkililer binanın önünde gazetecilerle görüştü bakanlık "
            + "yurt dışında çalışan diplomatlar için güvenlik önlemleri hakkında bir açıklama yaptı").split(" ");
    private static final String[] AR = ("قالت الحكومة يوم الاثنين إن المحادثات ستستمر رغم التصعيد في المنطقة "
            + "بينما التقى المسؤولون بالصحفيين خارج المبنى وأصدرت الوزارة بيانا حول الإجراءات الأمنية "
            + "للدبلوماسيين العاملين في الخارج").split(" ");

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
            String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase().replace('_', ' ') + " of "
                    + DEMONYM[s] + " state no. " + i + " in " + city[0];
            ms.add(new MissionEntry("m" + i, kind, name, SENDING[s], city[1], city[0],
                    new GeoPoint(r.nextDouble(-60, 60), r.nextDouble(-170, 170)), List.of()));
        }
        List<PersonEntry> ps = new ArrayList<>();
        PersonRole[] roles = PersonRole.values();
        for (int i = 0; i < people; i++) {
            String[] given = word(r, 2 + r.nextInt(2), null);
            String[] surname = word(r, 2 + r.nextInt(2), SUFFIXES[r.nextInt(SUFFIXES.length)]);
            int script = r.nextInt(10) < 5 ? 0 : r.nextInt(10) < 6 ? 1 : 2;
            String name = cap(given[script]) + " " + cap(surname[script]);
            List<String> aliases = r.nextInt(4) == 0
                    ? List.of(cap(given[(script + 1) % 3]) + " " + cap(surname[(script + 1) % 3])) : List.of();
            ps.add(new PersonEntry("p" + i, name, roles[r.nextInt(roles.length)], "m" + r.nextInt(missions), aliases,
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
                    PersonEntry p = registry.people().get(r.nextInt(registry.people().size()));
                    String n = p.name();
                    b.append(switch (r.nextInt(4)) {
                        case 0 -> n;
                        case 1 -> n.substring(n.indexOf(' ') + 1);
                        case 2 -> "Ambassador " + n.substring(n.indexOf(' ') + 1);
                        default -> n.charAt(0) + ". " + n.substring(n.indexOf(' ') + 1);
                    });
                } else if (roll == 1) {
                    MissionEntry m = registry.missions().get(r.nextInt(registry.missions().size()));
                    int s = java.util.Arrays.asList(SENDING).indexOf(m.sendingCountry());
                    b.append("the ").append(DEMONYM[s]).append(" embassy in ").append(m.city());
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
