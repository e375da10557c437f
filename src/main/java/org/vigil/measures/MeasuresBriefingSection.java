package org.vigil.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.briefing.BriefingSection;

/**
 * The measures section of a briefing: measures overdue or due within a week, awaiting approval, and those
 * implemented or lifted in the period, at the covered missions.
 */
@Component
class MeasuresBriefingSection implements BriefingSection {

    static final int DUE_WITHIN_DAYS = 7;

    private final JdbcClient jdbc;
    private final Measures measures;

    MeasuresBriefingSection(JdbcClient jdbc, Measures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<Section> contribute(Request request) {
        if (request.missionIds().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = measures.today();
        List<List<String>> rows = jdbc.sql("""
                SELECT m.*, c.name AS measure_name FROM measure m JOIN measure_catalogue c ON c.code = m.code
                WHERE m.mission_id IN (:missions)
                  AND ((m.state IN ('PROPOSED', 'APPROVED') AND m.deadline <= :soon)
                       OR m.state = 'PROPOSED'
                       OR m.implemented_at >= :from OR m.lifted_at >= :from)
                ORDER BY m.deadline, m.id LIMIT 50""")
                .param("missions", request.missionIds())
                .param("soon", today.plusDays(DUE_WITHIN_DAYS))
                .param("from", Measures.at(request.from()))
                .query((rs, n) -> {
                    MeasureState state = MeasureState.valueOf(rs.getString("state"));
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    String note = state.pending() && deadline.isBefore(today)
                            ? "OVERDUE"
                            : state.pending()
                                    ? "due in " + java.time.temporal.ChronoUnit.DAYS.between(today, deadline)
                                            + " day(s)"
                                    : "";
                    return List.of(
                            rs.getString("mission_id"),
                            rs.getString("measure_name"),
                            state.label(),
                            deadline.toString(),
                            note);
                })
                .list();
        long overdue = rows.stream().filter(r -> r.get(4).equals("OVERDUE")).count();
        return Optional.of(new Section(
                "Protective measures",
                overdue + " overdue; measures awaiting approval, due " + "within " + DUE_WITHIN_DAYS
                        + " days, or implemented or lifted in the period.",
                List.of("Mission", "Measure", "State", "Deadline", "Note"),
                rows,
                "Nothing due or changed."));
    }

    /** The summary's "measures awaiting decision": proposed measures of the covered missions, oldest first. */
    @Override
    public List<Summary> summary(Request request) {
        if (request.missionIds().isEmpty()) {
            return List.of();
        }
        List<String> lines = jdbc.sql("""
                SELECT c.name AS measure_name, mi.name AS mission, c.approvals_required, m.deadline,
                  (SELECT COUNT(*) FROM measure_approval a WHERE a.measure_id = m.id) AS approvals
                FROM measure m JOIN measure_catalogue c ON c.code = m.code JOIN mission mi ON mi.id = m.mission_id
                WHERE m.mission_id IN (:missions) AND m.state = 'PROPOSED'
                ORDER BY m.deadline, m.id LIMIT 15""")
                .param("missions", request.missionIds())
                .query((rs, n) -> rs.getString("measure_name") + " at " + rs.getString("mission") + ": "
                        + rs.getInt("approvals") + " of " + rs.getInt("approvals_required") + " approvals, due "
                        + rs.getObject("deadline", LocalDate.class))
                .list();
        return List.of(new Summary(40, "Measures awaiting decision", lines, "No measure waits for approval."));
    }
}
