package org.vigil.interest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.analysis.AnalysisEngine;
import org.vigil.analysis.AnalysisResult;
import org.vigil.analysis.BehaviourCues;
import org.vigil.analysis.Document;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.EntityType;
import org.vigil.analysis.Mention;
import org.vigil.analysis.Target;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.signals.SignalLookup.AuthoredItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measured quality of the warning behaviours and the escalation ranking (docs/persons-of-interest.md,
 * "Quality, measured"). Builds synthetic account histories from real ThreatGram 101 replies of the channels the
 * threat model never trained on (its validation and development channels), each history eight replies to the
 * Ambassador's account {@code @RusEmbTurkey}:
 *
 * <ul>
 *   <li>THREAT: two replies labelled 2 (violent threat) by the dataset and six labelled 0;
 *   <li>IMPLICIT: two labelled 1 (mild or implicit threat) and six labelled 0;
 *   <li>QUIET: eight labelled 0.
 * </ul>
 *
 * Each account gets one of four timings, by a seeded hash: sparse (one reply every 16 days), steady (every second
 * day for two weeks), burst (three replies over twenty days, then five within two days) and one-day (all within six
 * hours, no earlier reply). The rows are drawn in the order of a seeded hash of their text; the accounts are split
 * into dev and test halves by a seeded hash of their id, before any tuning. Every item is analysed by the engine of
 * the seed registry (so the level, categories and targets are the engine's, as in the product), and the detector and
 * the scorer run on the resulting history. Deterministic: the same data, seed and code give the same figures and the
 * same SHA-256 of the test half.
 */
final class BehaviourEvaluation {

    static final long SEED = 13;
    static final Set<String> CHANNELS = Set.of(
            // the threat model's validation channels (TrainingData.THREATGRAM_HELD_OUT) ...
            "TheTrumpRepublicans.json",
            "PatriotStreetfighter.json",
            "InfoWars.json",
            "FreedomFighters.json",
            "AlexJones.json",
            "UnitedAnarchists.json",
            "RiotDogs.json",
            // ... and its development channels (TrainingData.THREATGRAM_DEVELOPMENT): none was trained on
            "TrumpSupportersChannel.json",
            "AnticapitalistSurrealism.json",
            "LacansWhreHouse.json");

    enum Kind {
        THREAT,
        IMPLICIT,
        QUIET
    }

    enum Timing {
        SPARSE,
        STEADY,
        BURST,
        ONE_DAY
    }

    record Row(String text, int label) {}

    record Account(String id, Kind kind, Timing timing, boolean test, List<Row> rows, List<Instant> times) {}

    /** What one account's history gives. */
    record Outcome(Account account, Set<WarningBehaviour> behaviours, double score) {}

    static final int PER_HISTORY = 8;
    static final int THREAT_ACCOUNTS = 80;
    static final int IMPLICIT_ACCOUNTS = 60;
    static final int QUIET_ACCOUNTS = 80;
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static Path data() {
        String dir =
                System.getProperty("vigil.data", System.getenv().getOrDefault("VIGIL_TRAINING_DATA", "../shared/data"));
        return Path.of(dir).resolve("threatgram101/threatgram101_train.json");
    }

    static List<Account> accounts(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        Map<Integer, List<Row>> byLabel = new java.util.TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode r : root) {
            String text = r.path("reply").asString("").strip();
            if (text.isEmpty() || !CHANNELS.contains(r.path("telegramChannel").asString("")) || !seen.add(text)) {
                continue;
            }
            byLabel.computeIfAbsent(r.path("Label").asInt(-1), k -> new ArrayList<>())
                    .add(new Row(text, r.path("Label").asInt()));
        }
        for (List<Row> rows : byLabel.values()) {
            rows.sort(Comparator.comparing(r -> hash("row:" + r.text())));
        }
        int[] next = new int[3];
        List<Account> out = new ArrayList<>();
        Map<Kind, Integer> counts =
                Map.of(Kind.THREAT, THREAT_ACCOUNTS, Kind.IMPLICIT, IMPLICIT_ACCOUNTS, Kind.QUIET, QUIET_ACCOUNTS);
        for (Kind kind : Kind.values()) {
            for (int n = 0; n < counts.get(kind); n++) {
                String id = kind.name().toLowerCase(Locale.ROOT) + "-" + n;
                List<Row> rows = new ArrayList<>();
                int strong = kind == Kind.QUIET ? 0 : 2;
                int label = kind == Kind.THREAT ? 2 : 1;
                for (int k = 0; k < strong; k++) {
                    rows.add(byLabel.get(label).get(next[label]++));
                }
                while (rows.size() < PER_HISTORY) {
                    rows.add(byLabel.get(0).get(next[0]++));
                }
                // the order of the replies in the history, by the account's own seeded shuffle
                SplittableRandom random =
                        new SplittableRandom(SEED ^ hash("order:" + id).hashCode());
                for (int k = rows.size() - 1; k > 0; k--) {
                    int j = random.nextInt(k + 1);
                    Row t = rows.get(k);
                    rows.set(k, rows.get(j));
                    rows.set(j, t);
                }
                Timing timing =
                        Timing.values()[Math.floorMod(hash("timing:" + id).hashCode(), 4)];
                boolean test = Math.floorMod(hash("split:" + id).hashCode(), 2) == 1;
                out.add(new Account(id, kind, timing, test, List.copyOf(rows), times(timing)));
            }
        }
        return out;
    }

    static List<Instant> times(Timing timing) {
        List<Instant> out = new ArrayList<>();
        Instant last = NOW.minus(Duration.ofHours(1));
        for (int k = 0; k < PER_HISTORY; k++) {
            int fromEnd = PER_HISTORY - 1 - k;
            Duration before = switch (timing) {
                case SPARSE -> Duration.ofDays(16L * fromEnd);
                case STEADY -> Duration.ofDays(2L * fromEnd);
                case BURST -> fromEnd < 5 ? Duration.ofHours(8L * fromEnd) : Duration.ofDays(6L + 7L * (fromEnd - 5));
                case ONE_DAY -> Duration.ofMinutes(45L * fromEnd);
            };
            out.add(last.minus(before));
        }
        return out;
    }

    /** The SHA-256 of the test half: account ids, kinds, timings, and each reply with its label, in order. */
    static String testHash(List<Account> accounts) {
        StringBuilder b = new StringBuilder();
        for (Account a : accounts) {
            if (!a.test()) {
                continue;
            }
            b.append(a.id())
                    .append('\t')
                    .append(a.kind())
                    .append('\t')
                    .append(a.timing())
                    .append('\n');
            for (int k = 0; k < a.rows().size(); k++) {
                b.append(a.times().get(k))
                        .append('\t')
                        .append(a.rows().get(k).label())
                        .append('\t')
                        .append(a.rows().get(k).text())
                        .append('\n');
            }
        }
        return hash(b.toString());
    }

    static List<Outcome> run(List<Account> accounts, boolean test, AnalysisEngine engine, RegistryFile registry) {
        Map<String, String> missionOf = new java.util.HashMap<>();
        Set<String> repliedTo = new LinkedHashSet<>();
        for (PersonEntry p : registry.people()) {
            if (p.missionId() != null) {
                missionOf.put(p.id(), p.missionId());
            }
            if (p.accounts().contains("@RusEmbTurkey")) {
                repliedTo.add(p.id());
            }
        }
        BehaviourDetector detector = new BehaviourDetector(BehaviourCues.shared());
        List<Outcome> out = new ArrayList<>();
        long itemId = 0;
        for (Account a : accounts) {
            if (a.test() != test) {
                continue;
            }
            List<AuthoredItem> history = new ArrayList<>();
            for (int k = 0; k < a.rows().size(); k++) {
                Row row = a.rows().get(k);
                AnalysisResult r = engine.analyze(new Document(
                        a.id() + "-" + k,
                        row.text(),
                        null,
                        null,
                        null,
                        "eval",
                        null,
                        DocumentKind.POST,
                        "@RusEmbTurkey"));
                Set<String> targetedPeople = new LinkedHashSet<>();
                Set<String> targetedMissions = new LinkedHashSet<>();
                for (Target t : r.targets()) {
                    if (t.entityId() == null) {
                        continue;
                    }
                    if (t.type() == EntityType.MISSION) {
                        targetedMissions.add(t.entityId());
                    } else {
                        targetedPeople.add(t.entityId());
                        if (missionOf.containsKey(t.entityId())) {
                            targetedMissions.add(missionOf.get(t.entityId()));
                        }
                    }
                }
                Set<String> people = new LinkedHashSet<>(targetedPeople);
                Set<String> missions = new LinkedHashSet<>(targetedMissions);
                for (Mention m : r.mentions()) {
                    if (m.entityId() == null) {
                        continue;
                    }
                    if (m.type() == EntityType.MISSION) {
                        missions.add(m.entityId());
                    } else {
                        people.add(m.entityId());
                        if (missionOf.containsKey(m.entityId())) {
                            missions.add(missionOf.get(m.entityId()));
                        }
                    }
                }
                boolean signal = r.threat().level() != org.vigil.analysis.ThreatLevel.NONE;
                history.add(new AuthoredItem(
                        ++itemId,
                        signal ? itemId : null,
                        row.text(),
                        r.language(),
                        r.threat().level(),
                        r.threat().categories(),
                        signal ? "NEW" : null,
                        "@RusEmbTurkey",
                        repliedTo,
                        signal ? missions : Set.of(),
                        signal ? people : Set.of(),
                        signal ? targetedMissions : Set.of(),
                        signal ? targetedPeople : Set.of(),
                        a.times().get(k)));
            }
            List<BehaviourDetector.Observed> observed = detector.detect(history, NOW);
            EscalationScorer.Escalation e = EscalationScorer.score(observed, history, NOW);
            Set<WarningBehaviour> found = java.util.EnumSet.noneOf(WarningBehaviour.class);
            observed.forEach(o -> found.add(o.behaviour()));
            out.add(new Outcome(a, found, e.score()));
        }
        return out;
    }

    /** Whether the account is, by its construction or its dataset labels, a positive of the behaviour; null: no label. */
    static Boolean label(WarningBehaviour b, Account a) {
        return switch (b) {
            case DIRECT_THREAT -> a.kind() == Kind.IMPLICIT ? null : a.kind() == Kind.THREAT;
            case FIXATION -> a.timing() == Timing.STEADY || a.timing() == Timing.BURST;
            case ENERGY_BURST -> a.timing() == Timing.BURST;
            default -> null;
        };
    }

    static void report(String name, List<Outcome> outcomes, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s: %d histories (%d threat, %d implicit, %d quiet)%n",
                name,
                outcomes.size(),
                outcomes.stream().filter(o -> o.account().kind() == Kind.THREAT).count(),
                outcomes.stream()
                        .filter(o -> o.account().kind() == Kind.IMPLICIT)
                        .count(),
                outcomes.stream().filter(o -> o.account().kind() == Kind.QUIET).count());
        out.println("  behaviour        labelled  tp  fp  fn  precision  recall   fires on threat/implicit/quiet");
        for (WarningBehaviour b : WarningBehaviour.values()) {
            int tp = 0, fp = 0, fn = 0, labelled = 0;
            Map<Kind, int[]> fires = new EnumMap<>(Kind.class);
            for (Outcome o : outcomes) {
                boolean hit = o.behaviours().contains(b);
                int[] f = fires.computeIfAbsent(o.account().kind(), k -> new int[2]);
                f[0] += hit ? 1 : 0;
                f[1]++;
                Boolean l = label(b, o.account());
                if (l == null) {
                    continue;
                }
                labelled++;
                if (hit && l) {
                    tp++;
                } else if (hit) {
                    fp++;
                } else if (l) {
                    fn++;
                }
            }
            String rates = String.format(
                    Locale.ROOT,
                    "%d/%d  %d/%d  %d/%d",
                    fires.getOrDefault(Kind.THREAT, new int[2])[0],
                    fires.getOrDefault(Kind.THREAT, new int[2])[1],
                    fires.getOrDefault(Kind.IMPLICIT, new int[2])[0],
                    fires.getOrDefault(Kind.IMPLICIT, new int[2])[1],
                    fires.getOrDefault(Kind.QUIET, new int[2])[0],
                    fires.getOrDefault(Kind.QUIET, new int[2])[1]);
            if (labelled == 0) {
                out.printf(
                        Locale.ROOT,
                        "  %-16s %8s  %2s  %2s  %2s  %9s  %6s   %s%n",
                        b,
                        "no label",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        rates);
            } else {
                out.printf(
                        Locale.ROOT,
                        "  %-16s %8d  %2d  %2d  %2d  %9s  %6s   %s%n",
                        b,
                        labelled,
                        tp,
                        fp,
                        fn,
                        ratio(tp, tp + fp),
                        ratio(tp, tp + fn),
                        rates);
            }
        }
        List<Outcome> ranked = new ArrayList<>(outcomes);
        ranked.sort(Comparator.comparingDouble(Outcome::score)
                .reversed()
                .thenComparing(o -> hash("rank:" + o.account().id())));
        int top = Math.min(10, ranked.size());
        long threats = ranked.subList(0, top).stream()
                .filter(o -> o.account().kind() == Kind.THREAT)
                .count();
        long threatOrImplicit = ranked.subList(0, top).stream()
                .filter(o -> o.account().kind() != Kind.QUIET)
                .count();
        double ap = 0;
        int hits = 0;
        long positives =
                ranked.stream().filter(o -> o.account().kind() == Kind.THREAT).count();
        for (int k = 0; k < ranked.size(); k++) {
            if (ranked.get(k).account().kind() == Kind.THREAT) {
                hits++;
                ap += hits / (double) (k + 1);
            }
        }
        out.printf(
                Locale.ROOT,
                "  escalation ranking: precision at 10 %.2f (threat histories), %.2f (threat or implicit);"
                        + " average precision %.2f; top score %.0f, tenth %.0f%n",
                threats / (double) top,
                threatOrImplicit / (double) top,
                positives == 0 ? 0 : ap / positives,
                ranked.getFirst().score(),
                ranked.get(top - 1).score());
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / (double) b);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((SEED + ":" + s).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
