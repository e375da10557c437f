package org.vigil.measures;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.audit.CaseRelations;

/**
 * How measures make cases with the records around them, for the audit trail's case timeline: a measure, the
 * incidents it was taken because of and the requests to the host state drafted for it; an incident and the measures
 * taken because of it; a request and its measure; a request and the person of interest it concerns, and back.
 */
@Component
class MeasureCases implements CaseRelations {

    private final JdbcClient jdbc;

    MeasureCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseRecord> related(CaseRecord record) {
        Long id = number(record.entityId());
        if (id == null) {
            return List.of();
        }
        List<CaseRecord> out = new ArrayList<>();
        switch (record.entityType()) {
            case "MEASURE" -> {
                ids("SELECT id FROM host_request WHERE measure_id = ? ORDER BY id", id)
                        .forEach(r -> out.add(new CaseRecord("HOST_REQUEST", r)));
                ids(
                                "SELECT ref_id FROM measure_reason_ref WHERE measure_id = ? AND kind = 'INCIDENT' ORDER BY ref_id",
                                id)
                        .forEach(i -> out.add(new CaseRecord("INCIDENT", i)));
            }
            case "INCIDENT" ->
                ids(
                                "SELECT measure_id FROM measure_reason_ref WHERE kind = 'INCIDENT' AND ref_id = ? ORDER BY measure_id",
                                id)
                        .forEach(m -> out.add(new CaseRecord("MEASURE", m)));
            case "HOST_REQUEST" -> {
                ids("SELECT measure_id FROM host_request WHERE id = ? AND measure_id IS NOT NULL", id)
                        .forEach(m -> out.add(new CaseRecord("MEASURE", m)));
                ids("SELECT poi_id FROM host_request WHERE id = ? AND poi_id IS NOT NULL", id)
                        .forEach(p -> out.add(new CaseRecord("PERSON_OF_INTEREST", p)));
            }
            case "PERSON_OF_INTEREST" ->
                ids("SELECT id FROM host_request WHERE poi_id = ? ORDER BY id", id)
                        .forEach(r -> out.add(new CaseRecord("HOST_REQUEST", r)));
            default -> {
                // not a record of this module
            }
        }
        return out;
    }

    private List<String> ids(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).list().stream()
                .map(String::valueOf)
                .toList();
    }

    static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
