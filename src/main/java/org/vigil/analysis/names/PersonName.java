package org.vigil.analysis.names;

import org.vigil.shared.registryfile.PersonEntry;

/**
 * One written form of a registry person's name (the name or an alias), as phonetic keys: given names (first and
 * middle, possibly none) and the surname's words, the last of which is the anchor the index is keyed on; a name
 * written in Arabic script has few vowels, so it is compared on skeletons; {@code articled} when the surname
 * carries the Arabic article (al-Assad), without which a word with the article is an ordinary word;
 * {@code script} is the anchor's script ({@link org.vigil.analysis.text.Tokens#LATIN} etc.).
 */
record PersonName(
        PersonEntry person,
        String[] given,
        String[] givenSkeletons,
        String[] surname,
        String anchorSkeleton,
        boolean arabicScript,
        boolean articled,
        byte script) {

    String anchor() {
        return surname[surname.length - 1];
    }
}
