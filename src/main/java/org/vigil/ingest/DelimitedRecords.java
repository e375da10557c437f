package org.vigil.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited records (CSV after RFC 4180, or tab-separated) from a stream, one record at a time: quoted fields may
 * hold delimiters, doubled quotes and line breaks. Built on {@link StrictLines}, so invalid UTF-8 and overlong lines
 * reject the record they fall in, and an unterminated quote is cut off at a record-size limit (rejected) instead of
 * swallowing the rest of the file. Each record carries the number of the line it starts on.
 */
public final class DelimitedRecords extends Lookahead<Parsed<DelimitedRecords.Row>> {

    /** One record: the line it starts on, its fields and the raw text (for excerpts). */
    public record Row(long line, List<String> fields, String raw) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private final StrictLines lines;
    private final char delimiter;
    private final boolean quoting;
    private final int maxRecordChars;

    /**
     * @param quoting    true for RFC 4180 quoting (CSV); false where quotes are ordinary characters (GDELT's TSV)
     * @param maxRecordChars the longest record, all its lines together
     */
    public DelimitedRecords(InputStream in, char delimiter, boolean quoting, int maxLineBytes, int maxRecordChars) {
        this.lines = new StrictLines(in, maxLineBytes);
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.maxRecordChars = maxRecordChars;
    }

    public static DelimitedRecords csv(InputStream in, int maxLineBytes, int maxRecordChars) {
        return new DelimitedRecords(in, ',', true, maxLineBytes, maxRecordChars);
    }

    public static DelimitedRecords tsv(InputStream in, int maxLineBytes) {
        return new DelimitedRecords(in, '\t', false, maxLineBytes, maxLineBytes);
    }

    @Override
    protected Parsed<Row> read() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        boolean inQuotes = false;
        boolean quotedField = false;
        boolean afterQuote = false;
        long startLine = 0;
        while (lines.hasNext()) {
            Parsed<StrictLines.Line> parsed = lines.next();
            if (parsed instanceof Parsed.Rejected<StrictLines.Line> rejected) {
                // A broken line inside a multi-line record spoils the whole record; report it at the record's start.
                Reject r = rejected.reject();
                if (startLine > 0) {
                    return Parsed.rejected(
                            startLine, r.reason() + " (line " + r.line() + " of this record)", raw.toString());
                }
                return Parsed.rejected(r);
            }
            StrictLines.Line line = ((Parsed.Accepted<StrictLines.Line>) parsed).item();
            if (startLine == 0) {
                startLine = line.number();
                if (line.text().isEmpty()) {
                    startLine = 0;
                    continue; // blank lines between records carry nothing
                }
            } else {
                raw.append('\n');
                field.append('\n');
            }
            if (!quoting) {
                return Parsed.accepted(new Row(startLine, split(line.text()), line.text()));
            }
            raw.append(line.text());
            if (raw.length() > maxRecordChars) {
                String excerpt = raw.substring(0, Math.min(raw.length(), 300));
                String why = inQuotes
                        ? "a quoted field is not closed within " + maxRecordChars + " characters; check the quotes"
                        : "the record is longer than " + maxRecordChars + " characters";
                return Parsed.rejected(startLine, why, excerpt);
            }
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    quotedField = false;
                    afterQuote = false;
                } else if (quoting && c == '"' && field.isEmpty() && !quotedField) {
                    inQuotes = true;
                    quotedField = true;
                } else if (afterQuote) {
                    return Parsed.rejected(
                            startLine,
                            "text after a closing quote in field " + (fields.size() + 1)
                                    + "; a quote inside a quoted field must be doubled (\"\")",
                            raw.toString());
                } else {
                    field.append(c);
                }
            }
            if (!inQuotes) {
                fields.add(field.toString());
                return Parsed.accepted(new Row(startLine, List.copyOf(fields), raw.toString()));
            }
        }
        if (startLine == 0) {
            return null;
        }
        return Parsed.rejected(startLine, "the file ends inside a quoted field; check the quotes", raw.toString());
    }

    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, from)) {
            fields.add(text.substring(from, i));
            from = i + 1;
        }
        fields.add(text.substring(from));
        return fields;
    }
}
