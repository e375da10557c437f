package org.vigil.conflict.formats;

import java.util.Map;

/** One raw record by column name: the line it starts on, its values (absent or blank when missing) and its text. */
record Fields(long line, Map<String, String> values, String raw) {

    /** The value stripped, or "" when absent. */
    String get(String name) {
        String v = values.get(name);
        return v == null ? "" : v.strip();
    }

    boolean has(String name) {
        return !get(name).isEmpty();
    }
}
