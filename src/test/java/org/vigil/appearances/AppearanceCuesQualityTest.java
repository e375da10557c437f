package org.vigil.appearances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AppearanceCues;

/**
 * The measured quality of the two readings that point a post at an appearance: the days a post names, resolved
 * against the day it was written ("tomorrow", "on Friday", "next week", "19 December", "19.12"), and whether it names
 * the venue (by its name or another name, an ending allowed). Measured on the annotated posts of
 * {@code quality/cues-dev.tsv} and {@code cues-test.tsv} (English, Russian, Turkish and Arabic; written by
 * tools/appearance_cues_set.py, split by a seeded hash of each post's id before any change; the test half is frozen:
 * its SHA-256 is checked here and stated in docs/appearances.md, with the figures this test prints).
 *
 * <p>A resolved day range counts as right only when it is exactly the annotated one. The floors below are a little
 * under the figures measured (the development half after the work on it, the test half run once after that), so
 * that a change that makes either reading worse fails here.
 */
class AppearanceCuesQualityTest {

    static final String TEST_SHA256 = "059972b70d5100436745adcdec0b265dc588208cf4e8109d62c896ad8ec836b1";

    record Post(
            String id,
            String language,
            LocalDate written,
            List<String> venue,
            String text,
            Set<String> days,
            boolean namesVenue) {}

    /** Counts of one reading in one language: right, wrong (found but not meant) and missed. */
    static final class Counts {
        int right;
        int wrong;
        int missed;

        double precision() {
            return right + wrong == 0 ? 1 : (double) right / (right + wrong);
        }

        double recall() {
            return right + missed == 0 ? 1 : (double) right / (right + missed);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "P %.2f R %.2f F1 %.2f (%d right, %d wrong, %d missed)",
                    precision(),
                    recall(),
                    f1(),
                    right,
                    wrong,
                    missed);
        }
    }

    record Figures(Map<String, Counts> dates, Map<String, Counts> venues) {}

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AppearanceCuesQualityTest.class.getResourceAsStream("quality/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<Post> posts(String name) throws IOException {
        List<Post> out = new ArrayList<>();
        for (String line : new String(resource(name), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(7);
            Set<String> days = new HashSet<>();
            for (String d : f[5].split(";")) {
                if (!d.isBlank()) {
                    days.add(d.contains("..") ? d.strip() : d.strip() + ".." + d.strip());
                }
            }
            out.add(new Post(
                    f[0], f[1], LocalDate.parse(f[2]), List.of(f[3].split(" \\| ")), f[4], days, f[6].equals("yes")));
        }
        return out;
    }

    static Figures measure(List<Post> posts) {
        AppearanceCues cues = AppearanceCues.shared();
        Map<String, Counts> dates = new LinkedHashMap<>();
        Map<String, Counts> venues = new LinkedHashMap<>();
        for (Post p : posts) {
            Set<String> found = new HashSet<>();
            for (AppearanceCues.DateMention m : cues.dates(p.text(), p.written())) {
                found.add(m.from() + ".." + m.to());
            }
            for (String key : List.of(p.language(), "all")) {
                Counts d = dates.computeIfAbsent(key, k -> new Counts());
                for (String day : found) {
                    if (p.days().contains(day)) {
                        d.right++;
                    } else {
                        d.wrong++;
                    }
                }
                d.missed += (int)
                        p.days().stream().filter(day -> !found.contains(day)).count();
                boolean named = p.venue().stream().anyMatch(v -> AppearanceCues.names(p.text(), v));
                Counts v = venues.computeIfAbsent(key, k -> new Counts());
                if (named && p.namesVenue()) {
                    v.right++;
                } else if (named) {
                    v.wrong++;
                } else if (p.namesVenue()) {
                    v.missed++;
                }
            }
        }
        return new Figures(dates, venues);
    }

    static void print(String half, Figures f) {
        System.out.println("Appearance cues, " + half + " half:");
        f.dates().forEach((lang, c) -> System.out.println("  dates  " + lang + ": " + c));
        f.venues().forEach((lang, c) -> System.out.println("  venue  " + lang + ": " + c));
    }

    @Test
    void theTestHalfIsFrozen() throws Exception {
        assertThat(HexFormat.of().formatHex(sha256(resource("cues-test.tsv"))))
                .as("cues-test.tsv is frozen: a change to it makes its figures incomparable")
                .isEqualTo(TEST_SHA256);
        Set<String> ids = new HashSet<>();
        for (String half : List.of("cues-dev.tsv", "cues-test.tsv")) {
            for (Post p : posts(half)) {
                assertThat(ids.add(p.id()))
                        .as("post " + p.id() + " in one half only")
                        .isTrue();
            }
        }
        assertThat(ids).hasSize(96);
    }

    /** The development half, with each post read otherwise than annotated listed (the half to work on). */
    @Test
    void developmentHalfIsReadAtLeastAsWellAsWhenMeasured() throws Exception {
        List<Post> posts = posts("cues-dev.tsv");
        Figures dev = measure(posts);
        print("development", dev);
        for (Post p : posts) {
            Set<String> found = new HashSet<>();
            for (AppearanceCues.DateMention m : AppearanceCues.shared().dates(p.text(), p.written())) {
                found.add(m.from() + ".." + m.to());
            }
            boolean named = p.venue().stream().anyMatch(v -> AppearanceCues.names(p.text(), v));
            if (!found.equals(p.days()) || named != p.namesVenue()) {
                System.out.println("  " + p.id() + " dates " + found + " want " + p.days() + ", venue " + named
                        + " want " + p.namesVenue() + ": " + p.text());
            }
        }
        assertThat(dev.dates().get("all").precision()).isGreaterThanOrEqualTo(DEV_DATES_P);
        assertThat(dev.dates().get("all").recall()).isGreaterThanOrEqualTo(DEV_DATES_R);
        assertThat(dev.venues().get("all").precision()).isGreaterThanOrEqualTo(DEV_VENUE_P);
        assertThat(dev.venues().get("all").recall()).isGreaterThanOrEqualTo(DEV_VENUE_R);
    }

    @Test
    void testHalfIsReadAtLeastAsWellAsWhenMeasured() throws Exception {
        Figures test = measure(posts("cues-test.tsv"));
        print("test", test);
        for (String lang : List.of("en", "ru", "tr", "ar")) {
            assertThat(test.dates()).containsKey(lang);
        }
        assertThat(test.dates().get("all").precision()).isGreaterThanOrEqualTo(TEST_DATES_P);
        assertThat(test.dates().get("all").recall()).isGreaterThanOrEqualTo(TEST_DATES_R);
        assertThat(test.venues().get("all").precision()).isGreaterThanOrEqualTo(TEST_VENUE_P);
        assertThat(test.venues().get("all").recall()).isGreaterThanOrEqualTo(TEST_VENUE_R);
    }

    // a little below the figures measured on 2026-12-07 (docs/appearances.md): development dates P 0.98 R 0.96,
    // venues P 1.00 R 0.93; test (run once, after the work on the development half) dates P 1.00 R 0.89, venues
    // P 1.00 R 0.72
    static final double DEV_DATES_P = 0.95;
    static final double DEV_DATES_R = 0.93;
    static final double DEV_VENUE_P = 0.97;
    static final double DEV_VENUE_R = 0.90;
    static final double TEST_DATES_P = 0.97;
    static final double TEST_DATES_R = 0.86;
    static final double TEST_VENUE_P = 0.97;
    static final double TEST_VENUE_R = 0.69;

    static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
