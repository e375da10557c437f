package org.vigil.ingest.pipeline;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;

/**
 * Where items come from. Everyone signed in may read sources (they are not mission-bound); only administrators
 * change them, checked here so that the rule holds for every caller, not only the API. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("intake")
public class Sources {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern GRADE = Pattern.compile("[A-F]");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Sources(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Source> list() {
        return jdbc.sql("SELECT * FROM source ORDER BY id").query(Sources::map).list().stream()
                .map(this::forCaller)
                .toList();
    }

    public Optional<Source> find(String id) {
        return jdbc.sql("SELECT * FROM source WHERE id = ?")
                .param(id)
                .query(Sources::map)
                .optional();
    }

    public Source get(String id) {
        return find(id).map(this::forCaller).orElseThrow(() -> new NotFoundException("source", id));
    }

    private Source forCaller(Source s) {
        return Callers.hasAnyRole(Role.ADMIN) ? s : s.withoutAccounts();
    }

    /**
     * Creates a source. A polled one (RSS, Atom, web page) starts paused unless the administrator says
     * {@code enabled: true}: the server fetches its address, so it is checked (the Test action) before it runs.
     */
    @Transactional
    public Source create(SourceCommand command) {
        Callers.require("creating a source", Role.ADMIN);
        return createUnchecked(command);
    }

    /**
     * For the system itself (demo data, the ingest command's default file source, the conflict-event imports' source):
     * no caller to check.
     */
    @Transactional
    public Source createUnchecked(SourceCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = command.id() == null ? "" : command.id().strip();
        if (!ID.matcher(id).matches()) {
            problems.add(new FieldProblem(
                    "id",
                    "an id has 1 to 100 characters: lower-case letters, digits, '.', '_' "
                            + "or '-', starting with a letter or digit"));
        }
        Valid v = validate(command, problems);
        if (find(id).isPresent()) {
            throw new ConflictException("a source with id '" + id + "' exists already");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO source (id, kind, name, description, url, poll_interval_seconds, reliability, enabled,
                    allowed_accounts, error_count, created_at, updated_at)
                VALUES (:id, :kind, :name, :description, :url, :poll, :reliability, :enabled, :accounts, 0, :now, :now)
                """)
                .param("id", id)
                .param("kind", v.kind.name())
                .param("name", v.name)
                .param("description", v.description)
                .param("url", v.url)
                .param("poll", v.poll)
                .param("reliability", v.reliability)
                .param("enabled", command.enabled() != null ? command.enabled() : !v.kind.polled())
                .param("accounts", String.join(",", v.accounts))
                .param("now", ts(now))
                .update();
        Source created = find(id).orElseThrow();
        audit.record("CREATE", "SOURCE", id, null, created);
        return created;
    }

    @Transactional
    public Source update(String id, SourceCommand command) {
        Callers.require("changing a source", Role.ADMIN);
        Source before = find(id).orElseThrow(() -> new NotFoundException("source", id));
        Valid v = validate(command, new ArrayList<>());
        jdbc.sql("""
                UPDATE source SET kind = :kind, name = :name, description = :description, url = :url,
                    poll_interval_seconds = :poll, reliability = :reliability, enabled = :enabled,
                    allowed_accounts = :accounts, updated_at = :now WHERE id = :id
                """)
                .param("id", id)
                .param("kind", v.kind.name())
                .param("name", v.name)
                .param("description", v.description)
                .param("url", v.url)
                .param("poll", v.poll)
                .param("reliability", v.reliability)
                .param("enabled", command.enabled() == null ? before.enabled() : command.enabled())
                .param("accounts", String.join(",", v.accounts))
                .param("now", ts(clock.instant()))
                .update();
        if (!java.util.Objects.equals(before.url(), v.url)
                || !java.util.Objects.equals(before.pollIntervalSeconds(), v.poll)) {
            // another address: the old validators mean nothing there; poll it soon, with a clean failure record
            jdbc.sql(
                            "UPDATE source SET etag = NULL, last_modified = NULL, next_poll_at = NULL, consecutive_failures = 0"
                                    + " WHERE id = ?")
                    .param(id)
                    .update();
        }
        Source after = find(id).orElseThrow();
        audit.record("UPDATE", "SOURCE", id, before, after);
        return after;
    }

    /** Pauses (enabled false) or resumes a source; a paused source refuses pushes and is not polled. */
    @Transactional
    public Source setEnabled(String id, boolean enabled) {
        Callers.require(enabled ? "resuming a source" : "pausing a source", Role.ADMIN);
        Source before = find(id).orElseThrow(() -> new NotFoundException("source", id));
        // resuming makes a feed due at once (and forgets the backoff of the failures that may have led to the pause)
        jdbc.sql("UPDATE source SET enabled = ?, updated_at = ?"
                        + (enabled && !before.enabled() ? ", next_poll_at = NULL, consecutive_failures = 0" : "")
                        + " WHERE id = ?")
                .params(enabled, ts(clock.instant()), id)
                .update();
        Source after = find(id).orElseThrow();
        audit.record(enabled ? "RESUME" : "PAUSE", "SOURCE", id, before, after);
        return after;
    }

    /**
     * Refuses a push unless the caller is an administrator or listed on the source, and the source is enabled.
     * Outside the source's list the answer is the same as for a missing source, so accounts cannot probe ids.
     */
    Source checkPush(String id) {
        Source source = find(id).orElse(null);
        boolean allowed = source != null
                && (Callers.hasAnyRole(Role.ADMIN) || source.allowedAccounts().contains(Callers.name()));
        if (!allowed) {
            throw new AccessDeniedException("account '" + Callers.name() + "' may not push items to source '" + id
                    + "': push only to a source that lists your account, or ask an administrator to add it to the "
                    + "source's allowedAccounts");
        }
        if (!source.enabled()) {
            throw new ConflictException("source '" + id + "' is paused; an administrator resumes it with "
                    + "POST /api/v1/sources/" + id + "/resume");
        }
        return source;
    }

    private record Valid(
            SourceKind kind,
            String name,
            String description,
            String url,
            Integer poll,
            String reliability,
            List<String> accounts) {}

    private static Valid validate(SourceCommand c, List<FieldProblem> problems) {
        if (c.kind() == null) {
            problems.add(new FieldProblem("kind", "choose one of " + Arrays.toString(SourceKind.values())));
        }
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "a name has 1 to 200 characters"));
        }
        String description = c.description() == null || c.description().isBlank()
                ? null
                : c.description().strip();
        if (description != null && description.length() > 1000) {
            problems.add(new FieldProblem("description", "at most 1000 characters"));
        }
        String url = c.url() == null || c.url().isBlank() ? null : c.url().strip();
        if (url != null && (url.length() > 2000 || !isHttp(url))) {
            problems.add(new FieldProblem("url", "an absolute http or https address of at most 2000 characters"));
        }
        if (c.kind() != null && c.kind().polled() && url == null) {
            problems.add(new FieldProblem("url", "a " + c.kind() + " source needs the address to poll"));
        }
        Integer poll = c.pollIntervalSeconds();
        if (poll != null && (poll < 60 || poll > 86_400)) {
            problems.add(new FieldProblem("pollIntervalSeconds", "between 60 (a minute) and 86400 (a day)"));
        }
        if (c.kind() != null && c.kind().polled() && poll == null) {
            poll = 900;
        }
        String grade = c.reliability() == null ? "" : c.reliability().strip().toUpperCase(Locale.ROOT);
        if (!GRADE.matcher(grade).matches()) {
            problems.add(new FieldProblem(
                    "reliability",
                    "an Admiralty grade: A (completely reliable), B, C, D, "
                            + "E (unreliable) or F (cannot be judged)"));
        }
        List<String> accounts = new ArrayList<>();
        for (String a : c.allowedAccounts() == null ? List.<String>of() : c.allowedAccounts()) {
            String name1 = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
            if (!name1.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
                problems.add(new FieldProblem("allowedAccounts", "'" + name1 + "' is not a username"));
            } else if (!accounts.contains(name1)) {
                accounts.add(name1);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(c.kind(), name, description, url, poll, grade, accounts);
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Source map(ResultSet rs, int row) throws SQLException {
        String accounts = rs.getString("allowed_accounts");
        int pollValue = rs.getInt("poll_interval_seconds");
        Integer poll = rs.wasNull() ? null : pollValue;
        return new Source(
                rs.getString("id"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("url"),
                poll,
                rs.getString("reliability"),
                rs.getBoolean("enabled"),
                accounts == null || accounts.isEmpty() ? List.of() : List.of(accounts.split(",")),
                instant(rs, "last_fetch_at"),
                rs.getInt("error_count"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "next_poll_at"),
                rs.getInt("consecutive_failures"),
                instant(rs, "last_success_at"),
                rs.getString("last_poll_summary"));
    }
}
