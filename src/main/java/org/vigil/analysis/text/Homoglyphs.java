package org.vigil.analysis.text;

/**
 * Letters that look alike across Latin, Cyrillic and Greek. A word that mixes scripts is read in its majority
 * script, each look-alike from another script replaced by the letter it imitates: a Cyrillic "а" or "о" slipped
 * into "Yerkhov" must not hide the name.
 */
final class Homoglyphs {

    private static final String CYR = "аеорсухкмтвнійѕԁԛԝӏАВЕКМНОРСТХУІЈЅ";
    private static final String CYR_AS_LATIN = "aeopcyxkmtbhijsdqwlABEKMHOPCTXYIJS";
    private static final String GREEK = "αοικνρτυχΑΒΕΗΙΚΜΝΟΡΤΧΥΖ";
    private static final String GREEK_AS_LATIN = "aoiknptuxABEHIKMNOPTXYZ";
    private static final String LAT = "aeopcyxkmtABEKMHOPCTXYIJSi";
    private static final String LAT_AS_CYR = "аеорсухкмтАВЕКМНОРСТХУІЈЅі";

    private Homoglyphs() {
    }

    static char toScript(char c, byte script) {
        if (script == Tokens.LATIN) {
            int k = CYR.indexOf(c);
            if (k >= 0) {
                return CYR_AS_LATIN.charAt(k);
            }
            k = GREEK.indexOf(c);
            if (k >= 0) {
                return GREEK_AS_LATIN.charAt(k);
            }
        } else if (script == Tokens.CYRILLIC) {
            int k = LAT.indexOf(c);
            if (k >= 0) {
                return LAT_AS_CYR.charAt(k);
            }
        }
        return c;
    }
}
