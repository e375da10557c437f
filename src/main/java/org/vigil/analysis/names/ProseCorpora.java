package org.vigil.analysis.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running text of the project's social-media corpora (../shared/data), one row a post, by language: OLID and
 * Davidson for English, ru_toxic (train) for Russian, OffensEval-TR for Turkish, OSACT4 (train) and L-HSAB for
 * Arabic. Each row falls by a seeded hash of its text into one of two disjoint halves: the rows that word
 * frequencies are counted on ({@link WordFrequencyBuilder}) and the rows that the names-in-prose set is built from
 * ({@link ProseEvaluation}), so no evaluation sentence has been counted.
 */
final class ProseCorpora {

    /** A post: its language, the corpus it comes from, its text (line breaks as spaces). */
    record Row(String language, String source, String text) {

        /** Whether the row is one of the evaluation half (else one of the frequency half). */
        boolean forEvaluation() {
            return half(text) == 1;
        }
    }

    static final long SEED = 0x5EED_11L;

    private ProseCorpora() {}

    /** 0 (frequency counts) or 1 (evaluation), by a seeded 64-bit hash of the text. */
    static int half(String text) {
        long h = SEED;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) (h & 1);
    }

    static final List<String> LANGUAGES = List.of("en", "ru", "tr", "ar");

    /** Every row of the corpora, in file order; IOException names the missing or unreadable file. */
    static List<Row> rows(Path data) throws IOException {
        List<Row> out = new ArrayList<>();
        for (String[] r : delimited(read(data.resolve("olid_en/olid-training-v1.0.tsv")), '\t', false, 1)) {
            add(out, "en", "olid_en", r, 1);
        }
        List<String[]> davidson = delimited(read(data.resolve("davidson2017/labeled_data.csv")), ',', true, 1);
        for (String[] r : davidson) {
            add(out, "en", "davidson2017", r, r.length - 1);
        }
        for (String[] r : delimited(read(data.resolve("ru_toxic/train.csv")), ',', true, 1)) {
            add(out, "ru", "ru_toxic", r, 0);
        }
        for (String[] r :
                delimited(read(data.resolve("offenseval_tr/offenseval-tr-training-v1.tsv")), '\t', false, 0)) {
            if (!r[0].equals("id")) {
                add(out, "tr", "offenseval_tr", r, 1);
            }
        }
        for (String[] r : delimited(read(data.resolve("osact4_ar/OSACT2020-sharedTask-train.txt")), '\t', false, 0)) {
            add(out, "ar", "osact4_ar", r, 0);
        }
        for (String[] r : delimited(read(data.resolve("lhsab_ar/L-HSAB.tsv")), '\t', false, 1)) {
            add(out, "ar", "lhsab_ar", r, 0);
        }
        return out;
    }

    private static void add(List<Row> out, String language, String source, String[] r, int column) {
        if (column < r.length) {
            String text = r[column].replace("<LF>", " ").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                out.add(new Row(language, source, text));
            }
        }
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no corpus file " + file);
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /**
     * Records of a delimited file: with {@code quoted}, fields in double quotes may hold the separator, line breaks
     * and doubled quotes (CSV); without, one line a record. The first {@code skip} records (a header) are dropped.
     */
    static List<String[]> delimited(String text, char sep, boolean quoted, int skip) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    f.append(c);
                }
            } else if (quoted && c == '"' && f.isEmpty()) {
                inQuotes = true;
            } else if (c == sep) {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(f.toString());
                f.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields.toArray(String[]::new));
                }
                fields.clear();
            } else {
                f.append(c);
            }
        }
        return records.subList(Math.min(skip, records.size()), records.size());
    }
}
