package org.vigil.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SPI: one section of a briefing, contributed by the module that owns its data (alerts, incidents, measures).
 * Implementations are Spring beans; the briefing asks each in {@link #order()} and leaves out those that return
 * empty. A contributor reads only the missions the {@link Request} names: the briefing module has already decided
 * who may read it.
 */
public interface BriefingSection {

    /** Where the section goes: lower first. Risk 100, signals 200, alerts 300, incidents 400, measures 500. */
    int order();

    /** The section for this briefing, or empty when the contributor has nothing to say about its missions. */
    Optional<Section> contribute(Request request);

    /**
     * What this contributor puts in the summary at the top of the briefing, read before any detail: a few short
     * lines under a heading ("Missions at HIGH and above", "Measures awaiting decision"). None by default.
     */
    default List<Summary> summary(Request request) {
        return List.of();
    }

    /**
     * One block of the briefing's summary: a heading, its lines (names, not ids), and what to say when there are
     * none. {@code order} places it among the others (lower first).
     */
    record Summary(int order, String heading, List<String> lines, String noneText) {
        public Summary {
            lines = List.copyOf(lines);
        }
    }

    /**
     * What a briefing covers.
     *
     * @param missionId the mission, or {@code null} for the HQ briefing (every mission)
     * @param missionIds the missions covered: the one mission, or every active mission for HQ
     * @param from the start of the period (a day before {@code to} for the daily briefing)
     * @param to the end of the period, the time of generation
     */
    record Request(String missionId, List<String> missionIds, Instant from, Instant to) {

        public Request {
            missionIds = List.copyOf(missionIds);
        }

        public boolean hq() {
            return missionId == null;
        }
    }

    /**
     * A section as the template shows it: a title, an optional lead paragraph, and a table (column headings, rows of
     * cells as text). {@code emptyText} is shown instead of the table when there are no rows.
     */
    record Section(String title, String lead, List<String> columns, List<List<String>> rows, String emptyText) {

        public Section {
            columns = List.copyOf(columns);
            List<List<String>> copied = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                            + " columns in section '" + title + "'");
                }
                copied.add(row.stream().map(c -> c == null ? "" : c).toList());
            }
            rows = List.copyOf(copied);
        }
    }
}
