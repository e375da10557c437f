package org.vigil.ingest.bulk;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.ingest.DelimitedRecords;
import org.vigil.ingest.Lookahead;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;

/**
 * Documents from a CSV stream (RFC 4180: commas, double quotes, doubled quotes inside, line breaks inside quoted
 * fields) whose header row names the contract's columns in any order and case; {@code id} and {@code text} are
 * required, unknown columns are ignored. Read record by record. A bad header is one reject and ends the file,
 * since no row can be read without it; a bad record is a reject with the line it starts on.
 */
public final class CsvItems extends Lookahead<Parsed<IncomingItem>> {

    private final DelimitedRecords records;
    private final BulkLimits limits;
    private Map<String, Integer> columns;
    private int width;
    private boolean finished;

    public CsvItems(InputStream in, BulkLimits limits) {
        this.records = DelimitedRecords.csv(in, limits.maxLineBytes(), limits.maxLineBytes());
        this.limits = limits;
    }

    public CsvItems(InputStream in) {
        this(in, BulkLimits.DEFAULTS);
    }

    @Override
    protected Parsed<IncomingItem> read() {
        if (finished) {
            return null;
        }
        if (!records.hasNext()) {
            finished = true;
            return null;
        }
        Parsed<DelimitedRecords.Row> parsed = records.next();
        if (columns == null) {
            finished = true; // until the header is known good
            return switch (parsed) {
                case Parsed.Rejected<DelimitedRecords.Row> r -> header(r.reject());
                case Parsed.Accepted<DelimitedRecords.Row> a -> header(a.item());
            };
        }
        return switch (parsed) {
            case Parsed.Rejected<DelimitedRecords.Row> r -> Parsed.rejected(r.reject());
            case Parsed.Accepted<DelimitedRecords.Row> a -> row(a.item());
        };
    }

    private Parsed<IncomingItem> header(Reject reject) {
        return Parsed.rejected(
                reject.line(),
                "the header row is unreadable (" + reject.reason() + "); nothing was read",
                reject.excerpt());
    }

    private Parsed<IncomingItem> header(DelimitedRecords.Row row) {
        Map<String, Integer> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip();
            String canonical = ItemRules.FIELDS.stream()
                    .filter(f -> f.equalsIgnoreCase(name))
                    .findFirst()
                    .orElseGet(() -> ItemRules.AUTHOR_COLUMNS.entrySet().stream()
                            .filter(c -> c.getKey().equalsIgnoreCase(name))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null));
            if (canonical == null) {
                unknown.add(name);
                continue;
            }
            if (found.putIfAbsent(canonical, i) != null) {
                return Parsed.rejected(
                        row.line(),
                        "the header names the column " + canonical + " twice; nothing was " + "read",
                        row.raw());
            }
        }
        if (!found.containsKey("id") || !found.containsKey("text")) {
            return Parsed.rejected(
                    row.line(),
                    "the header row must name the columns id and text (it names: " + String.join(", ", row.fields())
                            + "); nothing was read",
                    row.raw());
        }
        columns = found;
        width = row.fields().size();
        finished = false;
        return read();
    }

    private Parsed<IncomingItem> row(DelimitedRecords.Row row) {
        if (row.fields().size() != width) {
            return Parsed.rejected(
                    row.line(),
                    "the record has " + row.fields().size() + " fields but the header has " + width
                            + "; check the commas and quotes",
                    row.raw());
        }
        Map<String, String> values = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = row.field(index);
            values.put(name, name.equals("text") || name.equals("id") ? value : value.isEmpty() ? null : value);
        });
        return ItemRules.check(row.line(), values, limits, row.raw());
    }
}
