package org.vigil.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vigil.shared.Role;

/** Accounts on the database, read into principals ({@link VigilUser}) or views ({@link Account}). */
@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VigilUser> findUser(String username) {
        return jdbc.sql("SELECT id, username, display_name, password_hash, enabled FROM accounts WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), null))
                .optional()
                .map(r -> new VigilUser(
                        r.id, r.username, r.displayName, r.passwordHash, r.enabled, roles(r.id), missions(r.id)));
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT id, username, display_name, enabled, created_at FROM accounts WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional()
                .map(r -> Account.of(r.username, r.displayName, roles(r.id), missions(r.id), r.enabled, r.createdAt));
    }

    /** Every account's roles, by account id, in one query (for lists, instead of a query per account). */
    Map<Long, Set<Role>> rolesByAccount() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT account_id, role FROM account_roles").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2)));
        });
        return roles;
    }

    /** Every scoped account's missions, by account id, in one query. */
    Map<Long, Set<String>> missionsByAccount() {
        Map<Long, Set<String>> missions = new HashMap<>();
        jdbc.sql("SELECT account_id, mission_id FROM account_missions").query(rs -> {
            missions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return missions;
    }

    List<Account> list() {
        Map<Long, Set<Role>> roles = rolesByAccount();
        Map<Long, Set<String>> missions = missionsByAccount();
        List<Account> accounts = new ArrayList<>();
        jdbc.sql("SELECT id, username, display_name, enabled, created_at FROM accounts ORDER BY username")
                .query(rs -> {
                    long id = rs.getLong(1);
                    accounts.add(Account.of(
                            rs.getString(2),
                            rs.getString(3),
                            roles.getOrDefault(id, Set.of()),
                            missions.getOrDefault(id, Set.of()),
                            rs.getBoolean(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                });
        return accounts;
    }

    /** False for a disabled or deleted account. */
    boolean isEnabled(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = ? AND enabled")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(NewAccount account, String passwordHash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO accounts (username, display_name, password_hash, enabled, created_at, password_changed_at)
                VALUES (?, ?, ?, TRUE, ?, ?)""")
                .params(account.username(), account.displayName(), passwordHash, at, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_roles (account_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        for (String mission : account.missions()) {
            jdbc.sql("INSERT INTO account_missions (account_id, mission_id) VALUES (?, ?)")
                    .params(id, mission)
                    .update();
        }
    }

    /** Replaces the account's roles and missions. */
    void replaceAccess(String username, java.util.Set<Role> roles, java.util.Set<String> missions) {
        long id = jdbc.sql("SELECT id FROM accounts WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM account_roles WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM account_missions WHERE account_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_roles (account_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        for (String mission : missions) {
            jdbc.sql("INSERT INTO account_missions (account_id, mission_id) VALUES (?, ?)")
                    .params(id, mission)
                    .update();
        }
    }

    /** The interface language the user chose (a tag such as "ru"); empty when not chosen or no such account. */
    Optional<String> interfaceLanguage(String username) {
        return jdbc.sql("SELECT interface_language FROM accounts WHERE username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(o -> o);
    }

    void setInterfaceLanguage(String username, String tag) {
        jdbc.sql("UPDATE accounts SET interface_language = ? WHERE username = ?")
                .params(tag, username)
                .update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE accounts SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
    }

    void setPasswordHash(String username, String hash, Instant now) {
        jdbc.sql("UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE username = ?")
                .params(hash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), username)
                .update();
    }

    private Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_roles WHERE account_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> missions(long id) {
        return Set.copyOf(jdbc.sql("SELECT mission_id FROM account_missions WHERE account_id = ?")
                .param(id)
                .query(String.class)
                .list());
    }

    private record Row(
            long id, String username, String displayName, String passwordHash, boolean enabled, Instant createdAt) {}
}
