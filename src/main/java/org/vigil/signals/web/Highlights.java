package org.vigil.signals.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Cuts a signal's text into runs for the page: plain text, evidence of the threat (shown in {@code <mark>}) and
 * mentions of protected people and missions. The template writes each run with {@code th:text}, so the item's text
 * is always escaped: whatever HTML a post or page carried is shown as text, never rendered. Spans that do not fit the
 * text (out of range, reversed) are ignored rather than trusted.
 */
public final class Highlights {

    public enum Kind {
        PLAIN,
        MENTION,
        EVIDENCE
    }

    public record Run(String text, Kind kind) {
        public boolean evidence() {
            return kind == Kind.EVIDENCE;
        }

        public boolean mention() {
            return kind == Kind.MENTION;
        }
    }

    private Highlights() {}

    /** {@code evidence}: [{start, end}]; {@code mentions}: [{start, end}] of the mentions the caller may see. */
    static List<Run> runs(String text, JsonNode evidence, List<int[]> mentions) {
        Kind[] kinds = new Kind[text.length()];
        java.util.Arrays.fill(kinds, Kind.PLAIN);
        for (int[] m : mentions) {
            paint(kinds, m[0], m[1], Kind.MENTION);
        }
        if (evidence != null && evidence.isArray()) {
            for (JsonNode span : evidence) {
                paint(kinds, span.path("start").asInt(-1), span.path("end").asInt(-1), Kind.EVIDENCE);
            }
        }
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || kinds[i] != kinds[from]) {
                runs.add(new Run(text.substring(from, i), kinds[from]));
                from = i;
            }
        }
        return runs;
    }

    private static void paint(Kind[] kinds, int start, int end, Kind kind) {
        if (start < 0 || end > kinds.length || end <= start) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (kind.ordinal() > kinds[i].ordinal()) {
                kinds[i] = kind;
            }
        }
    }
}
