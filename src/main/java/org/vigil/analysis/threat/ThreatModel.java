package org.vigil.analysis.threat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Span;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;

/**
 * The learned part of the classifier: two logistic-regression heads over {@link Features}, one for "threatens
 * violence" (trained on English labels), one for "abusive" (trained on the offensive-language sets of all four
 * languages), with the decision threshold chosen on a development fold. The file is written by
 * {@code bin/vigil train} and committed as {@value #RESOURCE}.
 */
final class ThreatModel {

    static final String RESOURCE = "/org/vigil/analysis/threat/threat-model.bin.gz";
    private static final int MAGIC = 0x56544D32; // "VTM2"

    /** Texts in these languages get word and character n-grams; others only concepts (see the model card). */
    static boolean hasNgramView(String language) {
        return language == null || language.equals("en") || language.equals("und");
    }

    /** The languages whose folders hold threat patterns (a dialect counts with its parent). */
    private static final java.util.Set<String> PATTERN_LANGUAGES =
            patternLanguages(org.vigil.analysis.lang.LanguageData.shared());

    static java.util.Set<String> patternLanguages(org.vigil.analysis.lang.LanguageData data) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.vigil.analysis.lang.Table t : data.tables(ThreatPatterns.PATTERNS)) {
            out.add(t.language());
        }
        for (org.vigil.analysis.lang.Language l : data.languages()) {
            if (l.parent().filter(out::contains).isPresent()) {
                out.add(l.code());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * Whether the concept view may find a threat on its own in this language: in a language without threat labels
     * and without threat patterns it is the only reader; where patterns exist it confirms and strengthens them
     * (deciding alone there added false alarms and no recall on the Russian, Turkish and Arabic sets, see the
     * model card).
     */
    static boolean conceptViewDecides(String language) {
        return !hasNgramView(language) && !PATTERN_LANGUAGES.contains(language);
    }

    /** Abuse probability above which a sentence without threat is harassment. */
    static final double ABUSE_THRESHOLD = 0.6;

    final float[] threat;
    final float[] abuse;
    final double threshold;
    /**
     * The threshold of the concept view (the text's concepts and their pairs, without n-grams), chosen on the
     * development fold read in that view: at or above it, and with a word of harm, a unit of a language without
     * threat labels is a threat on the model's word alone.
     */
    final double conceptThreshold;

    final long seed;

    ThreatModel(float[] threat, float[] abuse, double threshold, double conceptThreshold, long seed) {
        this.threat = threat;
        this.abuse = abuse;
        this.threshold = threshold;
        this.conceptThreshold = conceptThreshold;
        this.seed = seed;
    }

    static ThreatModel loadDefault() {
        try (InputStream in = ThreatModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the threat model " + RESOURCE + " is not on the classpath; "
                        + "run `bin/vigil train` and rebuild");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the threat model " + RESOURCE + " is unreadable", e);
        }
    }

    static ThreatModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Vigil threat model");
        }
        int bits = in.readInt();
        if (bits != Features.BITS) {
            throw new IOException("model has 2^" + bits + " features, this code 2^" + Features.BITS);
        }
        double threshold = in.readDouble();
        double conceptThreshold = in.readDouble();
        long seed = in.readLong();
        float[] threat = readWeights(in);
        float[] abuse = readWeights(in);
        return new ThreatModel(threat, abuse, threshold, conceptThreshold, seed);
    }

    private static float[] readWeights(DataInputStream in) throws IOException {
        float[] w = new float[Features.DIM];
        byte[] buf = new byte[Features.DIM * 4];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asFloatBuffer().get(w);
        return w;
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(Features.BITS);
        out.writeDouble(threshold);
        out.writeDouble(conceptThreshold);
        out.writeLong(seed);
        for (float[] w : new float[][] {threat, abuse}) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(Features.DIM * 4);
            buf.asFloatBuffer().put(w);
            out.write(buf.array());
        }
        out.flush();
        gz.finish();
    }

    static double probability(float[] w, Features.Vector v) {
        double z = 0;
        int[] idx = v.index();
        float[] val = v.value();
        for (int i = 0; i < idx.length; i++) {
            z += w[idx[i]] * val[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    double threatProbability(String text, String language) {
        return probability(threat, Features.extract(text, hasNgramView(language), language));
    }

    double abuseProbability(String text, String language) {
        return probability(abuse, Features.extract(text, true, language));
    }

    /** Whether the model's probability for a unit says threat: each view has its own threshold. */
    boolean threatening(double p, String language) {
        return p >= (hasNgramView(language) ? threshold : conceptThreshold);
    }

    /** A model probability at or above the threshold as a finding weight: the threshold maps to 0.45, 1 to 0.95. */
    double weight(double p) {
        return weight(p, threshold);
    }

    /** As {@link #weight(double)} for the view of the text's language. */
    double weight(double p, String language) {
        return weight(p, hasNgramView(language) ? threshold : conceptThreshold);
    }

    private static double weight(double p, double threshold) {
        return 0.45 + 0.5 * Math.max(0, p - threshold) / (1 - threshold);
    }

    /**
     * Adds what the model sees to the pattern findings, unit by unit (a short post is one unit, else each
     * sentence): a threatening unit without a pattern becomes a DIRECT_THREAT finding; a pattern in a threatening
     * unit is strengthened; an abusive unit without threat becomes HARASSMENT; pattern harassment (a swear word)
     * is kept only where the model agrees the unit is abusive. In articles the model only strengthens patterns:
     * news sentences about violence are not threats, and the patterns tell reports apart.
     */
    List<Finding> refine(String text, String language, DocumentKind kind, List<Finding> findings) {
        return refine(text, text, language, kind, findings);
    }

    /** As above; the model reads {@code scored} (the text with its idioms blanked out, same length). */
    List<Finding> refine(String text, String scored, String language, DocumentKind kind, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        List<int[]> units = units(text, kind);
        boolean[] used = new boolean[findings.size()];
        for (int[] unit : units) {
            String unitText = scored.substring(unit[0], unit[1]);
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Span s = findings.get(i).span();
                if (!used[i] && s.start() >= unit[0] && s.start() < unit[1]) {
                    inside.add(i);
                    used[i] = true;
                }
            }
            boolean violentPattern = inside.stream().map(findings::get).anyMatch(f -> isThreat(f.category()));
            boolean anyPattern = !inside.isEmpty();
            if (kind == DocumentKind.ARTICLE && !violentPattern) {
                for (int i : inside) {
                    out.add(findings.get(i));
                }
                continue;
            }
            double pThreat = threatProbability(unitText, language);
            boolean threatening = threatening(pThreat, language);
            // Without n-grams (languages with no threat labels) the model reads the unit's concepts: on its own it
            // finds a threat only in a language without threat patterns, and only where a word of harm is there too.
            // Where an idiom was blanked out ("I'll [destroy you at chess] tomorrow"), the weights left for "I'll",
            // "you" and the like speak without the verb they belonged with: the rest must still name a harm.
            boolean blanked = scored != text && !unitText.regionMatches(0, text, unit[0], unitText.length());
            boolean aloneIsEnough = threatening
                    && (hasNgramView(language)
                            ? !blanked || Features.mentionsHarm(unitText, language)
                            : conceptViewDecides(language) && Features.mentionsHarm(unitText, language));
            double pAbuse = -1;
            for (int i : inside) {
                Finding f = findings.get(i);
                if (isThreat(f.category()) && threatening) {
                    double w = 1 - (1 - f.score()) * (1 - weight(pThreat, language));
                    out.add(new Finding(f.category(), f.span(), w, f.slot()));
                } else if (f.category() == ThreatCategory.HARASSMENT) {
                    pAbuse = pAbuse < 0 ? abuseProbability(unitText, language) : pAbuse;
                    if (pAbuse >= ABUSE_THRESHOLD || threatening) {
                        out.add(f);
                    }
                } else {
                    out.add(f);
                }
            }
            if (kind == DocumentKind.ARTICLE) {
                continue;
            }
            Span span = trimmed(text, unit[0], unit[1]);
            if (span == null) {
                continue;
            }
            if (aloneIsEnough && !violentPattern) {
                out.add(new Finding(ThreatCategory.DIRECT_THREAT, span, weight(pThreat, language), Slot.ADDRESSEE));
            } else if (!threatening && !anyPattern && !blanked) {
                // A blanked idiom ("you're killing me") is banter, not abuse; what is left of it says nothing.
                pAbuse = pAbuse < 0 ? abuseProbability(unitText, language) : pAbuse;
                if (pAbuse >= ABUSE_THRESHOLD) {
                    out.add(new Finding(ThreatCategory.HARASSMENT, span, 0.3, Slot.ADDRESSEE));
                }
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            if (!used[i]) {
                out.add(findings.get(i));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static boolean isThreat(ThreatCategory c) {
        return c == ThreatCategory.DIRECT_THREAT || c == ThreatCategory.INCITEMENT;
    }

    /** A short post is one unit; otherwise sentences. */
    static List<int[]> units(String text, DocumentKind kind) {
        List<int[]> out = new ArrayList<>();
        if (kind != DocumentKind.ARTICLE && text.length() <= 300) {
            out.add(new int[] {0, text.length()});
            return out;
        }
        int start = 0;
        while (start < text.length()) {
            int end = Sentences.end(text, start);
            if (end <= start) {
                end = text.length();
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    /** The part of {@code text} from {@code start} to {@code end} without the whitespace at its ends; null if blank. */
    static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? Span.of(text, start, end) : null;
    }
}
