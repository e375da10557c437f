package org.vigil.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail on the database. Appends lock the one-row chain head, so entries get gapless sequence numbers
 * and each one chains to the entry committed just before it, whatever the number of writers and instances.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final int MAX_ID = 200;
    static final String READ = "READ";

    // Vigil's own mapper, independent of the application's JSON settings, so the stored form never drifts:
    // properties and map keys sorted, no indentation, dates as ISO-8601 text.
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditProperties properties;
    private final String localOrigin;
    private final TransactionTemplate ownTransaction;

    JdbcAuditTrail(
            JdbcClient jdbc,
            ObjectProvider<Clock> clock,
            AuditProperties properties,
            ApplicationContext context,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.properties = properties;
        this.localOrigin =
                properties.localOrigin() != null && !properties.localOrigin().isBlank()
                        ? properties.localOrigin()
                        : context instanceof WebApplicationContext ? "system" : "cli";
    }

    @Override
    @Transactional
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        require(action, "action", 50);
        require(entityType, "entityType", 50);
        if (entityId != null && entityId.length() > MAX_ID) {
            throw new IllegalArgumentException("audit entityId longer than " + MAX_ID + " characters");
        }
        HttpServletRequest request = currentRequest();
        if (READ.equals(action)
                && before == null
                && request != null
                && request.getAttribute(RequestReads.ATTRIBUTE) instanceof RequestReads.Reads reads) {
            // one entry for the request's reads, written when it ends (RequestReads)
            reads.add(currentActor(), currentRemoteAddress(), entityType, entityId, after);
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read inside a read-only transaction (PostgreSQL refuses writes there) is audited in a transaction
            // of its own: there is no change to commit or roll back with it.
            ownTransaction.executeWithoutResult(status ->
                    append(currentActor(), currentRemoteAddress(), action, entityType, entityId, before, after));
        } else {
            append(currentActor(), currentRemoteAddress(), action, entityType, entityId, before, after);
        }
    }

    /** The reads of a web request as one entry, in a transaction of its own, by who read them. */
    void appendRead(String actor, String remote, String entityType, String entityId, Object after) {
        ownTransaction.executeWithoutResult(status -> append(actor, remote, READ, entityType, entityId, null, after));
    }

    private void append(
            String who, String from, String action, String entityType, String entityId, Object before, Object after) {
        String beforeJson = canonicalJson(before);
        String afterJson = canonicalJson(after);
        String actor = truncate(who, 100);
        String remote = truncate(from, 100);

        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long seq = head.lastSeq() + 1;
        // The database keeps microseconds; hash exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(
                seq, at, actor, remote, action, entityType, entityId, beforeJson, afterJson, head.lastHash());

        jdbc.sql("""
                INSERT INTO audit_entries (seq, recorded_at, actor, remote_address, action, entity_type, entity_id,
                                           before_json, after_json, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        seq,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        actor,
                        remote,
                        action,
                        entityType,
                        entityId,
                        beforeJson,
                        afterJson,
                        head.lastHash(),
                        hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(seq, hash)
                .update();
    }

    static String canonicalJson(Object value) {
        return value == null ? null : CANONICAL.writeValueAsString(value);
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("remote_address"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** The signed-in user; {@code anonymous} for an unauthenticated web request (a failed login); else system. */
    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return currentRequest() != null ? "anonymous" : "system";
    }

    private String currentRemoteAddress() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return localOrigin;
        }
        return ClientAddress.of(request, properties.trustForwardedFor());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static void require(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("audit " + name + " must be 1 to " + max + " characters, got " + value);
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private record Head(long lastSeq, String lastHash) {}
}
