package org.vigil.ingest.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.ingest.fetch.AllowList;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Role;

/**
 * The administrators' exceptions to the fetcher's SSRF rules (an intranet feed server, a partner network), kept in
 * the database so that every instance applies the same list at once. Read at every fetch hop; changed by
 * administrators only, each change audited.
 */
@Service
@Transactional(readOnly = true)
public class FetchAllowList {

    /** One allowed host name or address block, with who added it and why. */
    public record Entry(long id, String entry, String note, String createdBy, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    FetchAllowList(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Entry> list() {
        Callers.require("reading the fetch allow-list", Role.ADMIN);
        return entries();
    }

    private List<Entry> entries() {
        return jdbc.sql("SELECT * FROM fetch_allow_entry ORDER BY entry")
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("entry"),
                        rs.getString("note"),
                        rs.getString("created_by"),
                        Sources.instant(rs, "created_at")))
                .list();
    }

    /** The list as the fetcher applies it; for the system, no caller check. */
    public AllowList current() {
        return AllowList.of(jdbc.sql("SELECT entry FROM fetch_allow_entry")
                .query(String.class)
                .list()
                .toArray(String[]::new));
    }

    @Transactional
    public Entry add(String entry, String note) {
        Callers.require("changing the fetch allow-list", Role.ADMIN);
        Optional<String> problem = AllowList.problem(entry);
        if (problem.isPresent()) {
            throw new InvalidInputException("entry", problem.get());
        }
        String value = entry.strip().toLowerCase(Locale.ROOT);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 500) {
            throw new InvalidInputException("note", "at most 500 characters");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM fetch_allow_entry WHERE entry = ?")
                        .param(value)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("'" + value + "' is on the allow-list already");
        }
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO fetch_allow_entry (entry, note, created_by, created_at) VALUES (?, ?, ?, ?)")
                    .params(value, why, Callers.name(), Sources.ts(clock.instant()))
                    .update(key, "id");
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("'" + value + "' is on the allow-list already");
        }
        Entry added = find(key.getKey().longValue()).orElseThrow();
        audit.record("ALLOW", "FETCH_ALLOWLIST", Long.toString(added.id()), null, added);
        return added;
    }

    @Transactional
    public void remove(long id) {
        Callers.require("changing the fetch allow-list", Role.ADMIN);
        Entry before = find(id).orElseThrow(() -> new NotFoundException("allow-list entry", Long.toString(id)));
        jdbc.sql("DELETE FROM fetch_allow_entry WHERE id = ?").param(id).update();
        audit.record("DISALLOW", "FETCH_ALLOWLIST", Long.toString(id), before, null);
    }

    private Optional<Entry> find(long id) {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }
}
