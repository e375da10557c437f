package org.vigil.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Role;

/**
 * Personal API tokens: created by their owner, shown once, kept only as a SHA-256 hash, revocable. A token acts
 * with its owner's roles and scope, and stops working when the owner's account is disabled.
 */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountStore accounts, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A token as its owner sees it in the list (never the token itself). */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A newly created token: {@code token} is shown once and cannot be retrieved again. */
    public record CreatedToken(TokenInfo info, String token) {}

    @Transactional
    public CreatedToken create(VigilUser owner, String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 100) {
            throw new AccountProblem("name", "name the token (1 to 100 characters), for example 'registry sync'");
        }
        String token = Secrets.token();
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_tokens (account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(owner.id(), cleaned, Secrets.tokenHash(token), utc(now))
                .update(keys, "id");
        TokenInfo info = new TokenInfo(keys.getKey().longValue(), cleaned, now, null, null);
        audit.record(
                "TOKEN_CREATE",
                "API_TOKEN",
                Long.toString(info.id()),
                null,
                Map.of("owner", owner.username(), "name", cleaned));
        return new CreatedToken(info, token);
    }

    /**
     * An administrator's token for a gateway account: a gateway reads no page, so it cannot create its own under My
     * tokens. Only for GATEWAY accounts, so that no administrator can mint a token that acts as a person.
     */
    @Transactional
    public CreatedToken createForGateway(String username, String name) {
        VigilUser owner = accounts.findUser(username).orElseThrow(() -> new Accounts.AccountNotFound(username));
        if (!owner.hasRole(Role.GATEWAY)) {
            throw new AccountProblem(
                    "username",
                    "'" + username + "' is not a GATEWAY account: administrators issue "
                            + "tokens for gateways only; a person creates their own under My tokens");
        }
        return create(owner, name);
    }

    public List<TokenInfo> list(VigilUser owner) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens
                WHERE account_id = ? ORDER BY revoked_at DESC NULLS FIRST, created_at DESC""")
                .param(owner.id())
                .query((rs, n) -> new TokenInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** Revokes one of the owner's own tokens; another user's token id is treated as unknown. */
    @Transactional
    public void revoke(VigilUser owner, long id) {
        int changed = jdbc.sql(
                        "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), id, owner.id())
                .update();
        if (changed == 0) {
            boolean mine = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE id = ? AND account_id = ?")
                            .params(id, owner.id())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!mine) {
                throw new AccountProblem("id", "you have no token " + id);
            }
            return;
        }
        audit.record("TOKEN_REVOKE", "API_TOKEN", Long.toString(id), null, Map.of("owner", owner.username()));
    }

    /** The enabled user a presented token belongs to, if the token is known and not revoked. */
    @Transactional
    Optional<VigilUser> authenticate(String token) {
        if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Owner(long tokenId, String username) {}
        Optional<Owner> owner = jdbc.sql("""
                SELECT t.id, a.username FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
                .param(Secrets.tokenHash(token))
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2)))
                .optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<VigilUser> user = accounts.findUser(owner.get().username()).filter(VigilUser::isEnabled);
        // Last use to the minute: a busy script does not turn every API call into a write.
        Instant now = clock.instant();
        user.ifPresent(u -> jdbc.sql("""
                        UPDATE api_tokens SET last_used_at = ?
                        WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                .params(utc(now), owner.get().tokenId(), utc(now.minusSeconds(60)))
                .update());
        return user.map(VigilUser::withoutPassword);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
