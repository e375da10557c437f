package org.vigil.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.ConflictException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.MissionKind;

/**
 * Missions: reads filtered by the caller's {@link Scope} in the query itself, writes validated and audited. A
 * mission outside the scope is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class Missions {

    private final MissionRepository repository;
    private final JdbcClient jdbc;
    private final Validation validation;
    private final AuditTrail audit;
    private final Clock clock;

    Missions(MissionRepository repository, JdbcClient jdbc, Validation validation, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the missions the scope may see, ordered by name. */
    public PageResult<MissionView> list(Scope scope, MissionFilter filter, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = where(scope, filter);
        long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM mission m" + where.sql))
                .query(Long.class)
                .single();
        List<String> ids = where.bind(jdbc.sql("SELECT m.id FROM mission m" + where.sql
                        + " ORDER BY LOWER(m.name), m.id LIMIT " + page.size() + " OFFSET " + page.offset()))
                .query(String.class)
                .list();
        return new PageResult<>(load(ids), page.page(), page.size(), total);
    }

    /** Every mission the scope may see (retired ones left out), for maps and exports; ordered by name. */
    public List<MissionView> all(Scope scope) {
        return allIncludingRetired(scope).stream()
                .filter(m -> m.status() != MissionStatus.RETIRED)
                .toList();
    }

    /** Every mission the scope may see, retired ones too. */
    public List<MissionView> allIncludingRetired(Scope scope) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return List.of();
        }
        Where where = where(scope, new MissionFilter(null, null, null, null, null, true));
        List<String> ids = where.bind(
                        jdbc.sql("SELECT m.id FROM mission m" + where.sql + " ORDER BY LOWER(m.name), m.id"))
                .query(String.class)
                .list();
        return load(ids);
    }

    /** The mission, if it exists and the scope may see it. */
    public Optional<MissionView> find(Scope scope, String id) {
        if (id == null || !scope.permits(id)) {
            return Optional.empty();
        }
        return repository.findById(id).map(Mission::view);
    }

    /** The mission or a 404. */
    public MissionView get(Scope scope, String id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("mission", id));
    }

    /** Whether a mission with this id exists, whoever may see it (for validating references). */
    public boolean exists(String id) {
        return id != null && repository.existsById(id);
    }

    @Transactional
    public MissionView create(MissionCommand command) {
        validation.check(command, true);
        if (repository.existsById(command.id())) {
            throw new ConflictException("a mission with id \"" + command.id() + "\" already exists");
        }
        MissionView created =
                repository.save(Mission.create(command, clock.instant())).view();
        audit.record("CREATE", "MISSION", created.id(), null, created);
        return created;
    }

    @Transactional
    public MissionView update(String id, MissionCommand command) {
        Mission mission = repository.findById(id).orElseThrow(() -> new NotFoundException("mission", id));
        if (command.id() != null && !command.id().equals(id)) {
            throw new org.vigil.shared.InvalidInputException(
                    "id", "does not match the mission in the path (\"" + id + "\"); ids never change");
        }
        MissionCommand c = command.withId(id);
        validation.check(c, true);
        MissionView before = mission.view();
        mission.apply(c, clock.instant());
        MissionView after = repository.save(mission).view();
        audit.record("UPDATE", "MISSION", id, before, after);
        return after;
    }

    /** Retires a mission: it stays, for the records that point to it, but leaves maps and default lists. */
    @Transactional
    public MissionView retire(String id) {
        Mission mission = repository.findById(id).orElseThrow(() -> new NotFoundException("mission", id));
        MissionView before = mission.view();
        mission.retire(clock.instant());
        MissionView after = repository.save(mission).view();
        audit.record("RETIRE", "MISSION", id, before, after);
        return after;
    }

    /** Counts by status for the scope: what the home page shows. */
    public Map<MissionStatus, Long> countByStatus(Scope scope) {
        return allIncludingRetired(scope).stream()
                .collect(Collectors.groupingBy(MissionView::status, Collectors.counting()));
    }

    private List<MissionView> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, MissionView> byId = new java.util.HashMap<>();
        repository.findAllById(ids).forEach(m -> byId.put(m.id, m.view()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Where where(Scope scope, MissionFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("m.id IN (:scopeIds)");
            params.put("scopeIds", scope.sortedMissionIds());
        }
        if (f.q() != null && !f.q().isBlank()) {
            clauses.add(
                    "(LOWER(m.id) LIKE :q OR LOWER(m.name) LIKE :q OR LOWER(m.city) LIKE :q"
                            + " OR EXISTS (SELECT 1 FROM mission_alias a WHERE a.mission_id = m.id AND LOWER(a.alias) LIKE :q))");
            params.put("q", "%" + likeEscape(f.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.kind() != null) {
            clauses.add("m.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.hostCountry() != null && !f.hostCountry().isBlank()) {
            clauses.add("m.host_country = :host");
            params.put("host", f.hostCountry().strip().toUpperCase(Locale.ROOT));
        }
        if (f.sendingCountry() != null && !f.sendingCountry().isBlank()) {
            clauses.add("m.sending_country = :sending");
            params.put("sending", f.sendingCountry().strip().toUpperCase(Locale.ROOT));
        }
        if (f.status() != null) {
            clauses.add("m.status = :status");
            params.put("status", f.status().name());
        } else if (!f.includeRetired()) {
            clauses.add("m.status <> 'RETIRED'");
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    /** Mission kinds, for filter menus. */
    public static List<MissionKind> kinds() {
        return List.of(MissionKind.values());
    }
}
