package org.vigil.analysis.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One table of a language folder: a UTF-8 file of tab-separated rows whose first non-comment line names the columns.
 *
 * <ul>
 *   <li>A line whose first character is {@code #} is a comment; blank lines are skipped.</li>
 *   <li>The header names the columns, tab-separated; a name ending in {@code ?} is optional (rows may leave it out
 *       or empty), every other column must be given and not empty.</li>
 *   <li>A row has at most as many cells as the header; cells are taken as written (no quoting, no trimming inside
 *       a cell; a carriage return at the end of a line is dropped).</li>
 * </ul>
 *
 * A file that breaks these rules fails with its name, the line and what is wrong ({@link LanguageDataException}).
 */
public final class Table {

    private final String language;
    private final String file;
    private final List<String> columns;
    private final boolean[] optional;
    private final List<Row> rows;

    private Table(String language, String file, List<String> columns, boolean[] optional, List<Row> rows) {
        this.language = language;
        this.file = file;
        this.columns = columns;
        this.optional = optional;
        this.rows = rows;
    }

    /** Parses a table's text; {@code file} names it in errors ({@code ru/titles.tsv}). */
    public static Table parse(String language, String file, String text) {
        List<String> columns = null;
        boolean[] optional = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int number = i + 1;
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new ArrayList<>();
                optional = new boolean[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    String name = cells[c].strip();
                    optional[c] = name.endsWith("?");
                    name = optional[c] ? name.substring(0, name.length() - 1) : name;
                    if (!name.matches("[a-z][a-z0-9_-]*")) {
                        throw new LanguageDataException(
                                file,
                                number,
                                "the header's column " + (c + 1) + " is '"
                                        + cells[c]
                                        + "': a column name is lower-case letters, digits, - or _ (a trailing ? "
                                        + "marks it optional)");
                    }
                    if (columns.contains(name)) {
                        throw new LanguageDataException(file, number, "the header names column '" + name + "' twice");
                    }
                    columns.add(name);
                }
                continue;
            }
            if (cells.length > columns.size()) {
                throw new LanguageDataException(
                        file,
                        number,
                        "the row has " + cells.length + " cells but the "
                                + "header names " + columns.size() + " columns (" + String.join(", ", columns)
                                + "); is "
                                + "there a stray tab?");
            }
            for (int c = 0; c < columns.size(); c++) {
                boolean missing = c >= cells.length || cells[c].isEmpty();
                if (missing && !optional[c]) {
                    throw new LanguageDataException(
                            file, number, "the row has no value in column '" + columns.get(c) + "', which is required");
                }
            }
            rows.add(new Row(file, number, language, columns, cells));
        }
        if (columns == null) {
            throw new LanguageDataException(file, 0, "the file has no header line naming its columns");
        }
        return new Table(language, file, List.copyOf(columns), optional, Collections.unmodifiableList(rows));
    }

    /** Checks that the header has these columns (and no others that are required), for a table of a known kind. */
    public Table requireColumns(String... names) {
        for (String n : names) {
            if (!columns.contains(n)) {
                throw new LanguageDataException(
                        file,
                        0,
                        "the header has no column '" + n + "'; a table of this kind " + "has the columns "
                                + String.join(", ", names));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!optional[c] && !List.of(names).contains(columns.get(c))) {
                throw new LanguageDataException(
                        file,
                        0,
                        "the header has an unknown column '" + columns.get(c)
                                + "'; a table of this kind has the columns " + String.join(", ", names));
            }
        }
        return this;
    }

    public String language() {
        return language;
    }

    public String file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One row: its cells by column name, with its file and line for errors. */
    public static final class Row {

        private final String file;
        private final int line;
        private final String language;
        private final List<String> columns;
        private final String[] cells;

        Row(String file, int line, String language, List<String> columns, String[] cells) {
            this.file = file;
            this.line = line;
            this.language = language;
            this.columns = columns;
            this.cells = cells;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** The code of the language whose folder holds the row. */
        public String language() {
            return language;
        }

        /** The cell of a column, or "" when an optional column is left out or empty. */
        public String get(String column) {
            int c = columns.indexOf(column);
            if (c < 0) {
                throw new LanguageDataException(
                        file,
                        line,
                        "there is no column '" + column + "' (the header names " + String.join(", ", columns) + ")");
            }
            return c < cells.length ? cells[c] : "";
        }

        /** The cell as a number within [min, max]. */
        public double number(String column, double min, double max) {
            String s = get(column).strip();
            try {
                double v = Double.parseDouble(s);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("column '" + column + "' is '" + s + "': expected a number from " + min + " to " + max);
        }

        /** The cell as one of an enum's constants, written in any case. */
        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String s = get(column).strip();
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s) || e.name().replace('_', '-').equalsIgnoreCase(s)) {
                    return e;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(e.name().toLowerCase(Locale.ROOT));
            }
            throw error("column '" + column + "' is '" + s + "': expected one of " + String.join(", ", allowed));
        }

        /** The cell split on spaces (a list of words), empty when the cell is empty. */
        public List<String> words(String column) {
            String s = get(column).strip();
            return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
        }

        /** An error about this row, with its file and line. */
        public LanguageDataException error(String problem) {
            return new LanguageDataException(file, line, problem);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + String.join("\t", cells);
        }
    }
}
