package org.vigil.analysis.names;

import java.util.HashSet;
import java.util.Set;

import org.vigil.analysis.text.Tokenizer;
import org.vigil.analysis.text.Tokens;

/**
 * Words that often stand capitalised before a surname without being a first name ("When Lavrov said", "Today
 * Yerkhov", "Но Ерхов"), by phonetic key, so they are not taken for a namesake's first name.
 */
final class FunctionWords {

    private static final Set<String> KEYS = new HashSet<>();

    static {
        String words = """
                the a an and but or nor so yet for of in on at to by with from as if when while after before since
                until though although because whereas where whom whose which who what that this these those then
                there here also even still only just both either neither not no yes all any each every some many
                much more most other another such said says say told tells according meanwhile however moreover
                today yesterday tomorrow now later earlier recently once again finally first last next new
                monday tuesday wednesday thursday friday saturday sunday january february march april may june july
                august september october november december he she it we they his her its our their him them i you
                my your mr mrs ms dear hello hi thanks thank please why how did does do was were is are has have had
                will would could should might must can may let
                le la les un une des et ou mais donc car de du au aux en dans sur pour par avec selon
                der die das ein eine und oder aber auch mit von zu im am laut
                el los las y o pero con por para según del
                ve ile ama bu şu o bir için gibi göre de da
                и а но или в во на с со по к о об от до из за для что как когда это этот эта также уже
                вчера сегодня завтра господин
                """;
        for (String w : words.split("\\s+")) {
            if (!w.isBlank()) {
                Tokens t = Tokenizer.tokenize(w);
                if (t.size() == 1) {
                    KEYS.add(t.pkey(0));
                }
            }
        }
    }

    private FunctionWords() {
    }

    static boolean is(String pkey) {
        return KEYS.contains(pkey);
    }
}
