package org.vigil.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.audit.CaseRelations;

/**
 * How alerts make cases, for the audit trail's case timeline: an alert, the rule that raised it, and the record it
 * points at when it is about one (the incident recorded, the measure overdue); an incident or a measure, and the
 * alerts raised about it.
 */
@Component
class AlertCases implements CaseRelations {

    /** The records an alert's link points at, by the link's path: {@code /incidents/7}, {@code /measures/5}. */
    private static final Pattern LINKED = Pattern.compile("^/(incidents|measures)/(\\d+)$");

    private final JdbcClient jdbc;

    AlertCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseRecord> related(CaseRecord record) {
        List<CaseRecord> out = new ArrayList<>();
        switch (record.entityType()) {
            case "ALERT" -> {
                Long id = number(record.entityId());
                if (id == null) {
                    return out;
                }
                jdbc.sql("SELECT rule_id, link FROM alert WHERE id = ?")
                        .param(id)
                        .query((rs, n) -> {
                            out.add(new CaseRecord("ALERT_RULE", String.valueOf(rs.getLong("rule_id"))));
                            String link = rs.getString("link");
                            Matcher m = link == null ? null : LINKED.matcher(link);
                            if (m != null && m.matches()) {
                                out.add(new CaseRecord(
                                        m.group(1).equals("incidents") ? "INCIDENT" : "MEASURE", m.group(2)));
                            }
                            return 0;
                        })
                        .list();
            }
            case "INCIDENT", "MEASURE" -> {
                String link =
                        (record.entityType().equals("INCIDENT") ? "/incidents/" : "/measures/") + record.entityId();
                jdbc.sql("SELECT id FROM alert WHERE link = ? ORDER BY id")
                        .param(link)
                        .query(Long.class)
                        .list()
                        .forEach(a -> out.add(new CaseRecord("ALERT", String.valueOf(a))));
            }
            default -> {
                // not a record of this module
            }
        }
        return out;
    }

    private static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
