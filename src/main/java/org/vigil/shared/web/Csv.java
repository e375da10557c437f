package org.vigil.shared.web;

import java.util.List;

/**
 * CSV as RFC 4180 says (comma-separated, CRLF line ends, a field with a comma, quote or line break quoted and its
 * quotes doubled), for exports people open in a spreadsheet. A cell that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that text an attacker
 * wrote into a post cannot become a formula on an officer's machine (CSV injection).
 */
public final class Csv {

    /** The media type of the exports, with its charset. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final StringBuilder out = new StringBuilder();

    public Csv(List<String> header) {
        row(List.copyOf(header));
    }

    /** Adds a row; null cells are empty. */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
