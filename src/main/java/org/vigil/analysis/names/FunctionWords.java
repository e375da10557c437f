package org.vigil.analysis.names;

import java.util.HashSet;
import java.util.Set;
import org.vigil.analysis.lang.LanguageData;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;

/**
 * Words that often stand capitalised before a surname without being a first name ("When Lavrov said", "Today
 * Yerkhov"), by phonetic key, so they are not taken for a namesake's first name: {@code function-words.tsv} of each
 * language folder.
 */
final class FunctionWords {

    static final String TABLE = "function-words";

    private final Set<String> keys = new HashSet<>();

    FunctionWords(LanguageData data) {
        for (Table t : data.tables(TABLE)) {
            t.requireColumns("word");
        }
        for (Table.Row row : data.rows(TABLE)) {
            Tokens t = Tokenizer.tokenize(row.get("word").strip());
            if (t.size() != 1) {
                throw row.error("the word '" + row.get("word") + "' is not one word (a function word is matched on "
                        + "a single token)");
            }
            keys.add(t.pkey(0));
        }
    }

    boolean is(String pkey) {
        return keys.contains(pkey);
    }
}
