package org.vigil.conflict.formats;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vigil.ingest.DelimitedRecords;
import org.vigil.ingest.Lookahead;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.StrictLines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw records by column name from the three shapes event files come in: JSON lines, CSV with a header, plain TSV. */
final class FieldSources {

    /** A line may hold a long UCDP source_original or ACLED notes, but not more than this. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldSources() {}

    /** One JSON object a line; numbers become their text, nested values their JSON. */
    static Iterator<Parsed<Fields>> jsonLines(InputStream in) {
        StrictLines lines = new StrictLines(in, MAX_LINE_BYTES);
        return new Lazy<>(() -> {
            while (lines.hasNext()) {
                Parsed<StrictLines.Line> parsed = lines.next();
                if (parsed instanceof Parsed.Rejected<StrictLines.Line> r) {
                    return Parsed.rejected(r.reject());
                }
                StrictLines.Line line = ((Parsed.Accepted<StrictLines.Line>) parsed).item();
                if (line.text().isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line.text());
                } catch (JacksonException e) {
                    return Parsed.rejected(line.number(), "not JSON: " + e.getOriginalMessage(), line.text());
                }
                if (node == null || !node.isObject()) {
                    return Parsed.rejected(line.number(), "not a JSON object", line.text());
                }
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    JsonNode v = e.getValue();
                    if (!v.isNull()) {
                        values.put(e.getKey().toLowerCase(Locale.ROOT), v.isValueNode() ? v.asString() : v.toString());
                    }
                }
                return Parsed.accepted(new Fields(line.number(), values, line.text()));
            }
            return null;
        });
    }

    /**
     * CSV with a header row naming the columns (matched case-insensitively). A header missing any of
     * {@code required} is one reject and ends the file.
     */
    static Iterator<Parsed<Fields>> csvWithHeader(InputStream in, Set<String> required, String format) {
        DelimitedRecords records = DelimitedRecords.csv(in, MAX_LINE_BYTES, MAX_LINE_BYTES);
        String[][] header = new String[1][];
        boolean[] finished = new boolean[1];
        return new Lazy<>(() -> {
            if (finished[0] || !records.hasNext()) {
                return null;
            }
            Parsed<DelimitedRecords.Row> parsed = records.next();
            if (header[0] == null) {
                finished[0] = true;
                if (parsed instanceof Parsed.Rejected<DelimitedRecords.Row> r) {
                    return Parsed.rejected(
                            r.reject().line(),
                            "the header row is unreadable (" + r.reject().reason() + "); nothing was read",
                            r.reject().excerpt());
                }
                DelimitedRecords.Row row = ((Parsed.Accepted<DelimitedRecords.Row>) parsed).item();
                String[] names = row.fields().stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .toArray(String[]::new);
                List<String> missing = required.stream()
                        .filter(r -> !List.of(names).contains(r))
                        .sorted()
                        .toList();
                if (!missing.isEmpty()) {
                    return Parsed.rejected(
                            row.line(),
                            "this is not " + format + ": the header lacks the column(s) " + String.join(", ", missing)
                                    + "; nothing was read",
                            row.raw());
                }
                header[0] = names;
                finished[0] = false;
                if (!records.hasNext()) {
                    return null;
                }
                parsed = records.next();
            }
            if (parsed instanceof Parsed.Rejected<DelimitedRecords.Row> r) {
                return Parsed.rejected(r.reject());
            }
            DelimitedRecords.Row row = ((Parsed.Accepted<DelimitedRecords.Row>) parsed).item();
            if (row.fields().size() != header[0].length) {
                return Parsed.rejected(
                        row.line(),
                        "the record has " + row.fields().size() + " fields but the header " + "has " + header[0].length
                                + "; check the commas and quotes",
                        row.raw());
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header[0].length; i++) {
                values.put(header[0][i], row.fields().get(i));
            }
            return Parsed.accepted(new Fields(row.line(), values, row.raw()));
        });
    }

    /** Tab-separated without a header and without quoting (GDELT): exactly {@code columns.size()} fields a line. */
    static Iterator<Parsed<Fields>> tsvByPosition(
            InputStream in, List<String> columns, Function<Integer, String> hint) {
        DelimitedRecords records = DelimitedRecords.tsv(in, MAX_LINE_BYTES);
        return new Lazy<>(() -> {
            if (!records.hasNext()) {
                return null;
            }
            Parsed<DelimitedRecords.Row> parsed = records.next();
            if (parsed instanceof Parsed.Rejected<DelimitedRecords.Row> r) {
                return Parsed.rejected(r.reject());
            }
            DelimitedRecords.Row row = ((Parsed.Accepted<DelimitedRecords.Row>) parsed).item();
            if (row.fields().size() != columns.size()) {
                return Parsed.rejected(
                        row.line(),
                        "the line has " + row.fields().size() + " tab-separated fields, " + "not " + columns.size()
                                + hint.apply(row.fields().size()),
                        row.raw());
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), row.fields().get(i));
            }
            return Parsed.accepted(new Fields(row.line(), values, row.raw()));
        });
    }

    /** An iterator over a supplier that returns null at the end. */
    private static final class Lazy<T> extends Lookahead<T> {
        private final java.util.function.Supplier<T> supplier;
        private boolean done;

        Lazy(java.util.function.Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T read() {
            if (done) {
                return null;
            }
            T t = supplier.get();
            done = t == null;
            return t;
        }
    }
}
