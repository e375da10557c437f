package org.vigil.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.People;
import org.vigil.shared.Actor;
import org.vigil.shared.Author;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Signals under need-to-know: a scoped caller sees a signal only when it is linked to one of their missions, and
 * that is a condition of the query itself (an {@code EXISTS} over {@code signal_mission}), for lists, counts and
 * single reads alike. A signal outside the scope is "not found". Mission links shown are cut to the scope too.
 */
@Service
@Transactional(readOnly = true)
public class Signals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXCERPT = 280;

    public enum Action {
        CONFIRM,
        DISMISS,
        ESCALATE
    }

    /** A triage decision; {@code reason} is required to dismiss. */
    public record Triage(Action action, String reason, String note) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final People people;

    Signals(JdbcClient jdbc, AuditTrail audit, Clock clock, People people) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    private static final class Where {
        final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        final Map<String, Object> params = new HashMap<>();
    }

    private Where where(Scope scope, SignalFilter f) {
        Where w = new Where();
        if (!scope.unrestricted()) {
            w.sql.append(" AND EXISTS (SELECT 1 FROM signal_mission sc WHERE sc.signal_id = s.id"
                    + " AND sc.mission_id IN (:scope))");
            w.params.put("scope", scope.sortedMissionIds());
        }
        if (f.missionId() != null && !f.missionId().isBlank()) {
            w.sql.append(" AND EXISTS (SELECT 1 FROM signal_mission fm WHERE fm.signal_id = s.id"
                    + " AND fm.mission_id = :mission)");
            w.params.put("mission", f.missionId().strip());
            if (!scope.permits(f.missionId().strip())) {
                // a signal visible through another mission must not reveal its link to one outside the scope
                w.sql.append(" AND 1 = 0");
            }
        }
        if (f.personId() != null && !f.personId().isBlank()) {
            if (!scope.unrestricted()
                    && people.find(scope, f.personId().strip()).isEmpty()) {
                w.sql.append(" AND 1 = 0");
            }
            w.sql.append(" AND EXISTS (SELECT 1 FROM signal_person fp WHERE fp.signal_id = s.id"
                    + " AND fp.person_id = :person)");
            w.params.put("person", f.personId().strip());
        }
        if (f.level() != null) {
            w.sql.append(" AND s.level_rank >= :rank");
            w.params.put("rank", f.level().ordinal());
        }
        if (f.category() != null) {
            w.sql.append(" AND s.categories LIKE :category");
            w.params.put("category", "%," + f.category().name() + ",%");
        }
        if (f.language() != null && !f.language().isBlank()) {
            w.sql.append(" AND s.language = :language");
            w.params.put("language", f.language().strip().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null) {
            w.sql.append(" AND s.created_at >= :from");
            w.params.put("from", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            w.sql.append(" AND s.created_at < :to");
            w.params.put("to", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip().toLowerCase(Locale.ROOT);
            if (q.length() > 200) {
                throw new InvalidInputException("q", "at most 200 characters");
            }
            w.sql.append(" AND LOWER(i.text) LIKE :q ESCAPE '\\'");
            w.params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return w;
    }

    private static final String FROM = " FROM signal s JOIN item i ON i.id = s.item_id";

    /** How a list is ordered: the most severe first (level, then score, then newest), or the newest first. */
    public enum Order {
        SEVERITY(" ORDER BY s.level_rank DESC, s.threat_score DESC, s.id DESC"),
        NEWEST(" ORDER BY s.id DESC");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        /** The order a {@code sort} parameter names ({@code severity} or {@code newest}); blank is the default. */
        public static Order of(String value, Order fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            for (Order o : values()) {
                if (o.name().equalsIgnoreCase(value.strip())) {
                    return o;
                }
            }
            throw new InvalidInputException("sort", "sort by severity or newest, not '" + value.strip() + "'");
        }
    }

    public PageResult<SignalView> list(Scope scope, SignalFilter filter, PageRequest page) {
        return list(scope, filter, page, Order.NEWEST);
    }

    /** Most signals an export holds. */
    public static final int EXPORT_LIMIT = 10_000;

    /**
     * The signals a filter selects, for an export: at most {@link #EXPORT_LIMIT}, in the given order, within the
     * scope (the same query as the list, page by page).
     */
    public List<SignalView> export(Scope scope, SignalFilter filter, Order order) {
        List<SignalView> all = new ArrayList<>();
        int page = 0;
        while (all.size() < EXPORT_LIMIT) {
            PageResult<SignalView> p = list(scope, filter, new PageRequest(page++, PageRequest.MAX_SIZE), order);
            for (SignalView v : p.items()) {
                if (all.size() < EXPORT_LIMIT) {
                    all.add(v);
                }
            }
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    /** The places named in a signal's text (each with its country), read for exports. */
    public List<org.vigil.analysis.Place> places(long signalId) {
        String json = jdbc.sql("SELECT places FROM signal WHERE id = ?")
                .param(signalId)
                .query(String.class)
                .optional()
                .orElse("[]");
        List<org.vigil.analysis.Place> places = new ArrayList<>();
        for (JsonNode p : JSON.readTree(json)) {
            places.add(new org.vigil.analysis.Place(
                    p.path("text").asString(""),
                    p.path("country").asString(""),
                    p.path("start").asInt(-1),
                    p.path("end").asInt(-1)));
        }
        return places;
    }

    public PageResult<SignalView> list(Scope scope, SignalFilter filter, PageRequest page, Order order) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Where w = where(scope, filter);
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + w.sql)
                .params(w.params)
                .query(Long.class)
                .single();
        List<SignalView> items = jdbc.sql("SELECT s.*, i.external_id, i.text" + AUTHOR_COLUMNS + FROM + w.sql
                        + order.sql + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(w.params)
                .query((rs, n) -> view(rs, scope))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long count(Scope scope, SignalFilter filter) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return 0;
        }
        Where w = where(scope, filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + w.sql)
                .params(w.params)
                .query(Long.class)
                .single();
    }

    public SignalDetail get(Scope scope, long id) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            throw new NotFoundException("signal", Long.toString(id));
        }
        Where w = where(scope, new SignalFilter(null, null, null, null, null, null, null, null));
        w.sql.append(" AND s.id = :id");
        w.params.put("id", id);
        return jdbc.sql("SELECT s.*, i.external_id, i.text, i.title, i.url, i.published, i.origin, i.in_reply_to"
                        + AUTHOR_COLUMNS
                        + FROM
                        + w.sql)
                .params(w.params)
                .query((rs, n) -> detail(rs, scope))
                .optional()
                .orElseThrow(() -> new NotFoundException("signal", Long.toString(id)));
    }

    /**
     * Records a triage decision. HQ analysts and directors and administrators triage any signal; a mission security
     * officer those linked to one of their missions. Audited with the state before and after.
     */
    @Transactional
    public SignalDetail triage(Scope scope, long id, Triage triage) {
        if (triage == null || triage.action() == null) {
            throw new InvalidInputException("action", "choose one of " + Arrays.toString(Action.values()));
        }
        String reason = triage.reason() == null || triage.reason().isBlank()
                ? null
                : triage.reason().strip();
        String note = triage.note() == null || triage.note().isBlank()
                ? null
                : triage.note().strip();
        if (triage.action() == Action.DISMISS && reason == null) {
            throw new InvalidInputException(
                    "reason",
                    "say why the signal is dismissed (false positive, not about " + "us, already handled, ...)");
        }
        if ((reason != null && reason.length() > 2000) || (note != null && note.length() > 4000)) {
            throw new InvalidInputException("note", "a reason has at most 2000 characters, a note at most 4000");
        }
        SignalDetail before = get(scope, id); // 404 outside the scope
        Actor caller = Actor.current();
        boolean hq = caller.hasAnyRole(Role.ADMIN, Role.HQ_DIRECTOR, Role.HQ_ANALYST);
        boolean officer = caller.hasAnyRole(Role.MISSION_OFFICER)
                && before.signal().missionIds().stream().anyMatch(scope::permits);
        if (!hq && !officer) {
            throw new AccessDeniedException("triage needs an HQ analyst, director or administrator, or the security "
                    + "officer of a mission this signal concerns");
        }
        String status = switch (triage.action()) {
            case CONFIRM -> "CONFIRMED";
            case DISMISS -> "DISMISSED";
            case ESCALATE -> "ESCALATED";
        };
        jdbc.sql("""
                UPDATE signal SET status = ?, triage_reason = ?, triage_note = ?, triaged_by = ?, triaged_at = ?
                WHERE id = ?
                """)
                .params(status, reason, note, triager(), Timestamps.ts(clock.instant()), id)
                .update();
        SignalDetail after = get(scope, id);
        audit.record(
                "TRIAGE_" + triage.action().name(),
                "SIGNAL",
                Long.toString(id),
                new TriageState(before.signal().status(), before.triageReason(), before.triageNote()),
                new TriageState(after.signal().status(), after.triageReason(), after.triageNote()));
        return after;
    }

    /** Who triages, as the signal row records it: the signed-in user's name ("system" for a job). */
    private static String triager() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    record TriageState(String status, String reason, String note) {}

    /** The missions and people a signal's threat is aimed at (not only mentioned), cut to the caller's scope. */
    public record Targets(List<String> missionIds, List<String> personIds) {}

    public Targets targets(Scope scope, long id) {
        SignalDetail detail = get(scope, id); // 404 outside the scope
        List<String> missions = jdbc
                .sql("SELECT mission_id FROM signal_mission WHERE signal_id = ? AND targeted = TRUE"
                        + " ORDER BY mission_id")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .filter(scope::permits)
                .toList();
        List<String> persons = jdbc
                .sql("SELECT person_id FROM signal_person WHERE signal_id = ? AND targeted = TRUE"
                        + " ORDER BY person_id")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .filter(detail.signal().personIds()::contains)
                .toList();
        return new Targets(missions, persons);
    }

    /**
     * The source a signal came from, as its page names it: name and Admiralty reliability grade (A to F). Sources
     * are ingestion's; their table is read here so that the signal page needs nothing of the intake module.
     */
    public record SourceLabel(String id, String name, String reliability) {}

    public Optional<SourceLabel> source(String sourceId) {
        return jdbc.sql("SELECT id, name, reliability FROM source WHERE id = ?")
                .param(sourceId)
                .query((rs, n) ->
                        new SourceLabel(rs.getString("id"), rs.getString("name"), rs.getString("reliability")))
                .optional();
    }

    private SignalView view(ResultSet rs, Scope scope) throws SQLException {
        long id = rs.getLong("id");
        List<String> missions = jdbc
                .sql("SELECT mission_id FROM signal_mission WHERE signal_id = ? ORDER BY mission_id")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .filter(scope::permits)
                .toList();
        List<String> people = jdbc.sql("SELECT person_id FROM signal_person WHERE signal_id = ? ORDER BY person_id")
                .param(id)
                .query(String.class)
                .list();
        if (!scope.unrestricted()) {
            // people of missions outside the scope stay hidden: only those whose mission the caller sees are shown
            people = people.stream()
                    .filter(p -> this.people.find(scope, p).isPresent())
                    .toList();
        }
        List<ThreatCategory> categories = new ArrayList<>();
        for (String c : rs.getString("categories").split(",")) {
            if (!c.isEmpty()) {
                categories.add(ThreatCategory.valueOf(c));
            }
        }
        String text = rs.getString("text");
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        return new SignalView(
                id,
                rs.getLong("item_id"),
                rs.getString("source_id"),
                rs.getString("external_id"),
                rs.getString("language"),
                rs.getDouble("threat_score"),
                ThreatLevel.valueOf(rs.getString("threat_level")),
                categories,
                missions,
                people,
                rs.getString("status"),
                excerpt,
                Timestamps.instant(rs, "created_at"),
                author(rs));
    }

    private static final String AUTHOR_COLUMNS = ", i.author_handle, i.author_name, i.author_platform, i.author_url";

    /** The item's author as stored (normalised on the way in), or null. */
    private static Author author(ResultSet rs) throws SQLException {
        String handle = rs.getString("author_handle");
        String name = rs.getString("author_name");
        if (handle == null && name == null) {
            return null;
        }
        return new Author(handle, name, rs.getString("author_platform"), rs.getString("author_url"));
    }

    private SignalDetail detail(ResultSet rs, Scope scope) throws SQLException {
        return new SignalDetail(
                view(rs, scope),
                rs.getString("text"),
                rs.getString("title"),
                rs.getString("url"),
                rs.getString("published"),
                rs.getString("origin"),
                rs.getString("in_reply_to"),
                JSON.readTree(rs.getString("evidence")),
                visibleMentions(rs.getString("mentions"), scope),
                JSON.readTree(rs.getString("places")),
                rs.getString("triage_reason"),
                rs.getString("triage_note"),
                rs.getString("triaged_by"),
                Timestamps.instant(rs, "triaged_at"));
    }

    /**
     * The mentions of registry entities the caller may see. The text is visible anyway, but that a name in it is a
     * protected person of another mission, or that a phrase is that mission, is registry knowledge outside the scope.
     */
    private JsonNode visibleMentions(String mentionsJson, Scope scope) {
        JsonNode all = JSON.readTree(mentionsJson);
        if (scope.unrestricted()) {
            return all;
        }
        ArrayNode visible = JSON.createArrayNode();
        for (JsonNode mention : all) {
            String entityId = mention.path("entityId").asString();
            boolean seen = "MISSION".equals(mention.path("type").asString())
                    ? scope.permits(entityId)
                    : people.find(scope, entityId).isPresent();
            if (seen) {
                visible.add(mention);
            }
        }
        return visible;
    }
}
