package org.vigil.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;

/**
 * Protected people. A scoped caller sees only the people of their missions; people with no mission (ministers,
 * officials at home) only unrestricted callers. Reading one person's record is audited: it is sensitive.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository repository;
    private final Missions missions;
    private final JdbcClient jdbc;
    private final Validation validation;
    private final AuditTrail audit;
    private final Clock clock;

    People(
            PersonRepository repository,
            Missions missions,
            JdbcClient jdbc,
            Validation validation,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.missions = missions;
        this.jdbc = jdbc;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<PersonView> list(Scope scope, PersonFilter filter, PageRequest page) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            clauses.add("p.mission_id IN (:scopeIds)");
            params.put("scopeIds", scope.sortedMissionIds());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            clauses.add(
                    "(LOWER(p.id) LIKE :q OR LOWER(p.name) LIKE :q"
                            + " OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND LOWER(a.alias) LIKE :q)"
                            + " OR EXISTS (SELECT 1 FROM person_account c WHERE c.person_id = p.id AND LOWER(c.account) LIKE :q))");
            params.put("q", "%" + Missions.likeEscape(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.role() != null) {
            clauses.add("p.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.missionId() != null && !filter.missionId().isBlank()) {
            clauses.add("p.mission_id = :mission");
            params.put("mission", filter.missionId().strip());
        }
        if (filter.status() != null) {
            clauses.add("p.status = :status");
            params.put("status", filter.status().name());
        } else if (!filter.includeRetired()) {
            clauses.add("p.status <> 'RETIRED'");
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        long total = jdbc.sql("SELECT COUNT(*) FROM person p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<String> ids = jdbc.sql("SELECT p.id FROM person p" + where + " ORDER BY LOWER(p.name), p.id LIMIT "
                        + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query(String.class)
                .list();
        return new PageResult<>(load(ids), page.page(), page.size(), total);
    }

    /** Every person the scope may see, retired ones too, ordered by name: for exports and the analysis registry. */
    public List<PersonView> all(Scope scope) {
        List<PersonView> out = new ArrayList<>();
        int page = 0;
        PageResult<PersonView> p;
        do {
            p = list(
                    scope,
                    new PersonFilter(null, null, null, null, true),
                    new PageRequest(page++, PageRequest.MAX_SIZE));
            out.addAll(p.items());
        } while ((long) page * PageRequest.MAX_SIZE < p.total());
        return out;
    }

    /**
     * The people in post at one mission that the scope may see, without auditing each (a list, not a record read):
     * the principals a measure, an appearance or a new incident may name.
     */
    public List<PersonView> byMission(Scope scope, String missionId) {
        return byMission(scope, missionId, false);
    }

    /**
     * The people of one mission that the scope may see, with those no longer in post when {@code includeRetired}:
     * a record of what happened (an incident of years ago) may still name them.
     */
    public List<PersonView> byMission(Scope scope, String missionId, boolean includeRetired) {
        if (!scope.permits(missionId)) {
            return List.of();
        }
        return list(
                        scope,
                        new PersonFilter(null, null, missionId, null, includeRetired),
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    /** One person's record, if the scope may see it; the read is audited. */
    @Transactional
    public Optional<PersonView> find(Scope scope, String id) {
        Optional<PersonView> person = id == null
                ? Optional.empty()
                : repository
                        .findById(id)
                        .map(Person::view)
                        .filter(p -> p.missionId() == null ? scope.unrestricted() : scope.permits(p.missionId()));
        person.ifPresent(p -> audit.record("READ", "PERSON", p.id(), null, null));
        return person;
    }

    /** A person's record for internal use (imports, exports), without a read audit entry. */
    Optional<PersonView> findUnaudited(String id) {
        return repository.findById(id).map(Person::view);
    }

    @Transactional
    public PersonView get(Scope scope, String id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @Transactional
    public PersonView create(PersonCommand command) {
        validation.check(command, true);
        checkMission(command.missionId());
        if (repository.existsById(command.id())) {
            throw new ConflictException("a person with id \"" + command.id() + "\" already exists");
        }
        PersonView created =
                repository.save(Person.create(command, clock.instant())).view();
        audit.record("CREATE", "PERSON", created.id(), null, created);
        return created;
    }

    @Transactional
    public PersonView update(String id, PersonCommand command) {
        Person person = repository.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        if (command.id() != null && !command.id().equals(id)) {
            throw new InvalidInputException(
                    "id", "does not match the person in the path (\"" + id + "\"); ids never change");
        }
        PersonCommand c = command.withId(id);
        validation.check(c, true);
        checkMission(c.missionId());
        PersonView before = person.view();
        person.apply(c, clock.instant());
        PersonView after = repository.save(person).view();
        audit.record("UPDATE", "PERSON", id, before, after);
        return after;
    }

    @Transactional
    public PersonView retire(String id) {
        Person person = repository.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        PersonView before = person.view();
        person.retire(clock.instant());
        PersonView after = repository.save(person).view();
        audit.record("RETIRE", "PERSON", id, before, after);
        return after;
    }

    private void checkMission(String missionId) {
        if (missionId != null && !missionId.isBlank() && !missions.exists(missionId.strip())) {
            throw new InvalidInputException("missionId", "no mission \"" + missionId + "\"; create it first");
        }
    }

    private List<PersonView> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PersonView> byId = new HashMap<>();
        repository.findAllById(ids).forEach(p -> byId.put(p.id, p.view()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
