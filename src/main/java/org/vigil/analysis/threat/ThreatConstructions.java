package org.vigil.analysis.threat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.analysis.DocumentKind;
import org.vigil.analysis.Span;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.threat.Concepts.Concept;
import org.vigil.analysis.threat.ThreatAssessment.Finding;
import org.vigil.analysis.threat.ThreatAssessment.Slot;

/**
 * Threat constructions over concepts, written once for every language ({@code concept-constructions.tsv} beside
 * this class): a unit of a post whose words carry all the concepts of a construction within its window is a threat.
 * A language has the constructions as soon as its words have concepts (its folder's {@code concepts.tsv} and the
 * dictionary-generated {@code concept-forms.tsv}, met through its stemmer), so "no one will mourn you" reads the
 * same in every language whose dictionaries give "nobody" and "mourn", with no pattern of that language.
 */
final class ThreatConstructions {

    static final String FILE = "concept-constructions.tsv";

    /** One row: the concepts that must all be there, within {@code window} consecutive words. */
    record Construction(
            String name,
            Set<Concept> concepts,
            int window,
            ThreatCategory category,
            double weight,
            boolean conceptViewOnly) {}

    /** Where a row applies: every language, or only where the learned model reads concepts, not words. */
    enum View {
        ALL,
        CONCEPTS
    }

    private static volatile ThreatConstructions shared;

    private final List<Construction> constructions;

    ThreatConstructions(List<Construction> constructions) {
        this.constructions = List.copyOf(constructions);
    }

    /** The constructions that ship with Vigil, read once; a malformed row fails with its line. */
    static ThreatConstructions shared() {
        ThreatConstructions c = shared;
        if (c == null) {
            synchronized (ThreatConstructions.class) {
                c = shared;
                if (c == null) {
                    c = new ThreatConstructions(read());
                    shared = c;
                }
            }
        }
        return c;
    }

    private static List<Construction> read() {
        try (InputStream in = ThreatConstructions.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + ThreatConstructions.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the table's text, failing on the first malformed row with its line and what is wrong. */
    static List<Construction> parse(String text) {
        Table table = Table.parse("threat", FILE, text)
                .requireColumns("construction", "concepts", "window", "category", "weight");
        List<Construction> out = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Set<Concept> concepts = EnumSet.noneOf(Concept.class);
            concepts.addAll(Concepts.named(row, "concepts"));
            if (concepts.size() < 2) {
                throw row.error("column 'concepts' names " + concepts.size()
                        + " concept(s): a construction combines at least two (one concept alone is a word, not a"
                        + " threat)");
            }
            int window = (int) row.number("window", concepts.size(), 20);
            boolean conceptView = !row.get("view").isBlank() && row.choice("view", View.class) == View.CONCEPTS;
            out.add(new Construction(
                    row.get("construction").strip(),
                    Set.copyOf(concepts),
                    window,
                    row.choice("category", ThreatCategory.class),
                    row.number("weight", 0.05, 0.95),
                    conceptView));
        }
        return out;
    }

    /** The findings of the constructions in {@code text}, one per unit and construction, at most. */
    List<Finding> find(String text, String language, DocumentKind kind) {
        if (constructions.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int[] unit : ThreatModel.units(text, kind)) {
            List<String> words = Features.words(Features.normalise(text.substring(unit[0], unit[1])));
            if (words.size() < 2) {
                continue;
            }
            List<List<Concept>> concepts = new ArrayList<>(words.size());
            boolean any = false;
            for (String w : words) {
                List<Concept> c = Concepts.inConstructions(w, language);
                concepts.add(c);
                any |= !c.isEmpty();
            }
            if (!any) {
                continue;
            }
            for (Construction c : constructions) {
                if (c.conceptViewOnly() && ThreatModel.hasNgramView(language)) {
                    continue;
                }
                if (within(concepts, c.concepts(), c.window())) {
                    Span span = ThreatModel.trimmed(text, unit[0], unit[1]);
                    if (span != null) {
                        out.add(new Finding(c.category(), span, c.weight(), Slot.ADDRESSEE));
                    }
                }
            }
        }
        return out;
    }

    /** Whether some run of {@code window} consecutive words carries every concept of {@code needed}. */
    static boolean within(List<List<Concept>> words, Set<Concept> needed, int window) {
        for (int start = 0; start < words.size(); start++) {
            if (words.get(start).stream().noneMatch(needed::contains)) {
                continue;
            }
            Set<Concept> seen = EnumSet.noneOf(Concept.class);
            for (int i = start; i < Math.min(words.size(), start + window); i++) {
                for (Concept c : words.get(i)) {
                    if (needed.contains(c)) {
                        seen.add(c);
                    }
                }
                if (seen.size() == needed.size()) {
                    return true;
                }
            }
        }
        return false;
    }
}
