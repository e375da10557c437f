package org.vigil.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.risk.RiskCategory;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;

/**
 * The catalogue of protective measures: readable by everyone signed in, changed by administrators only. Entries are
 * never deleted (proposals point to them); an entry that is no longer offered is made inactive.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    /** The roles that may be named as approvers (the roles that may change data). */
    static final Set<Role> APPROVING_ROLES = Role.WRITERS;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** What an administrator sets for an entry. */
    public record Command(
            String code,
            String name,
            String category,
            String description,
            CostClass costClass,
            Set<String> approverRoles,
            Integer approvalsRequired,
            Set<RiskCategory> mitigates,
            Double reduction,
            Boolean active,
            Integer position) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Catalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CatalogueEntry> all() {
        return jdbc.sql("SELECT * FROM measure_catalogue ORDER BY position, code")
                .query(Catalogue::entry)
                .list();
    }

    public Optional<CatalogueEntry> find(String code) {
        return code == null
                ? Optional.empty()
                : jdbc.sql("SELECT * FROM measure_catalogue WHERE code = ?")
                        .param(code.strip())
                        .query(Catalogue::entry)
                        .optional();
    }

    public CatalogueEntry get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("measure in the catalogue", code));
    }

    @Transactional
    public CatalogueEntry create(Command c) {
        requireAdmin();
        check(c, true);
        if (find(c.code()).isPresent()) {
            throw new ConflictException("the catalogue already has a measure \"" + c.code() + "\"");
        }
        jdbc.sql("""
                INSERT INTO measure_catalogue (code, name, category, description, cost_class, approver_roles,
                        approvals_required, mitigates, reduction, active, position, updated_at)
                VALUES (:code, :name, :category, :description, :cost, :roles, :approvals, :mitigates, :reduction,
                        :active, :position, :now)""").param("code", c.code()).params(values(c)).update();
        CatalogueEntry created = get(c.code());
        audit.record("CREATE", "MEASURE_CATALOGUE", c.code(), null, created);
        return created;
    }

    @Transactional
    public CatalogueEntry update(String code, Command c) {
        requireAdmin();
        CatalogueEntry before = get(code);
        if (c.code() != null && !c.code().equals(code)) {
            throw new InvalidInputException(
                    "code", "does not match the entry in the path (\"" + code + "\"); codes never change");
        }
        check(c, false);
        jdbc.sql("""
                UPDATE measure_catalogue SET name = :name, category = :category, description = :description,
                       cost_class = :cost, approver_roles = :roles, approvals_required = :approvals,
                       mitigates = :mitigates, reduction = :reduction, active = :active, position = :position,
                       updated_at = :now, version = version + 1
                WHERE code = :code""").param("code", code).params(values(c)).update();
        CatalogueEntry after = get(code);
        audit.record("UPDATE", "MEASURE_CATALOGUE", code, before, after);
        return after;
    }

    private java.util.Map<String, Object> values(Command c) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("name", c.name().strip());
        v.put("category", c.category().strip());
        v.put("description", c.description().strip());
        v.put("cost", c.costClass().name());
        v.put("roles", String.join(",", new TreeSet<>(c.approverRoles())));
        v.put("approvals", c.approvalsRequired());
        v.put("mitigates", c.mitigates().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        v.put("reduction", c.reduction());
        v.put("active", c.active() == null || c.active());
        v.put("position", c.position() == null ? 100 : c.position());
        v.put("now", clock.instant().atOffset(ZoneOffset.UTC));
        return v;
    }

    private static void requireAdmin() {
        Actor actor = Actor.current();
        if (!actor.hasRole(Role.ADMIN)) {
            throw ActionRefused.forbidden("only administrators manage the catalogue of measures; your roles are "
                    + Role.names(actor.roles()));
        }
    }

    private static void check(Command c, boolean creating) {
        List<FieldProblem> p = new ArrayList<>();
        if (creating && (c.code() == null || !CODE.matcher(c.code()).matches())) {
            p.add(new FieldProblem(
                    "code",
                    "must be 2 to 40 capital letters, digits or _ starting with a letter, got \"" + c.code() + "\""));
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            p.add(new FieldProblem("name", "is required, at most 200 characters"));
        }
        if (c.category() == null || c.category().isBlank() || c.category().length() > 100) {
            p.add(new FieldProblem(
                    "category", "is required, at most 100 characters (for example Technical protection)"));
        }
        if (c.description() == null
                || c.description().isBlank()
                || c.description().length() > 2000) {
            p.add(new FieldProblem("description", "is required, at most 2000 characters"));
        }
        if (c.costClass() == null) {
            p.add(new FieldProblem("costClass", "is required: one of " + Arrays.toString(CostClass.values())));
        }
        if (c.approverRoles() == null || c.approverRoles().isEmpty()) {
            p.add(new FieldProblem("approverRoles", "name at least one role of " + Role.names(APPROVING_ROLES)));
        } else if (!Role.names(APPROVING_ROLES).containsAll(c.approverRoles())) {
            Set<String> unknown = new TreeSet<>(c.approverRoles());
            unknown.removeAll(Role.names(APPROVING_ROLES));
            p.add(new FieldProblem(
                    "approverRoles", unknown + " cannot approve; choose from " + Role.names(APPROVING_ROLES)));
        }
        if (c.approvalsRequired() == null || c.approvalsRequired() < 1 || c.approvalsRequired() > 3) {
            p.add(new FieldProblem("approvalsRequired", "must be 1, 2 or 3 distinct approvers"));
        }
        if (c.mitigates() == null || c.mitigates().isEmpty()) {
            p.add(new FieldProblem("mitigates", "name at least one of " + EnumSet.allOf(RiskCategory.class)));
        }
        if (c.reduction() == null
                || c.reduction() < 0
                || c.reduction() > 1
                || c.reduction().isNaN()) {
            p.add(new FieldProblem("reduction", "must be a fraction from 0 to 1, got " + c.reduction()));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }

    private static CatalogueEntry entry(ResultSet rs, int n) throws SQLException {
        return new CatalogueEntry(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("category"),
                rs.getString("description"),
                CostClass.valueOf(rs.getString("cost_class")),
                split(rs.getString("approver_roles")).stream()
                        .map(Role::valueOf)
                        .collect(Collectors.toSet()),
                rs.getInt("approvals_required"),
                split(rs.getString("mitigates")).stream()
                        .map(RiskCategory::valueOf)
                        .collect(Collectors.toSet()),
                rs.getDouble("reduction"),
                rs.getBoolean("active"),
                rs.getInt("position"),
                rs.getInt("version"));
    }

    private static Set<String> split(String s) {
        return s == null || s.isBlank()
                ? Set.of()
                : Arrays.stream(s.split(","))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .collect(Collectors.toSet());
    }
}
