package org.vigil.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Role;

/**
 * Who is responsible for what, for the modules that address people (alerts): enabled accounts by role and, for
 * mission-scoped roles, by mission, with the e-mail address they receive alerts at. Also where that address is set.
 */
@Service
public class AccountDirectory {

    /** Deliberately plain: one '@', no spaces, a dot in the domain; the mail server has the last word. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final AccountStore store;
    private final AuditTrail audit;

    AccountDirectory(JdbcClient jdbc, AccountStore store, AuditTrail audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
    }

    /**
     * An enabled account as a recipient.
     *
     * @param email the address, or {@code null} when none is set
     * @param missions the missions of a scoped account; empty for HQ-wide accounts
     */
    public record Contact(String username, String displayName, String email, Set<Role> roles, Set<String> missions) {

        public Contact {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
            missions = Set.copyOf(missions);
        }

        /** Whether this account may see records of the mission ({@code null}: records bound to no mission). */
        public boolean mayView(String missionId) {
            boolean scoped = roles.stream().anyMatch(Role::scoped);
            return !scoped || (missionId != null && missions.contains(missionId));
        }
    }

    /**
     * Enabled accounts holding one of {@code roles} that may see {@code missionId}: HQ-wide roles always, mission
     * roles only when the account lists that mission (never for {@code null}, a record bound to no mission).
     */
    public List<Contact> responsibleFor(String missionId, Set<Role> roles) {
        return all().stream()
                .filter(c -> c.roles().stream().anyMatch(roles::contains))
                .filter(c -> c.mayView(missionId))
                .toList();
    }

    /**
     * The language an account reads Vigil in, for what is sent to it outside a request (e-mail): its own choice, else
     * English, the interface's default.
     */
    public Locale languageOf(String username) {
        return store.interfaceLanguage(username).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    public Optional<Contact> find(String username) {
        return all().stream().filter(c -> c.username().equals(username)).findFirst();
    }

    /** Sets or clears ({@code null} or blank) an account's e-mail address; audited. */
    @Transactional
    public Contact setEmail(String username, String email) {
        Contact before = find(username).orElseThrow(() -> new Accounts.AccountNotFound(username));
        String cleaned = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        if (cleaned != null
                && (cleaned.length() > 254 || !EMAIL.matcher(cleaned).matches())) {
            throw new AccountProblem(
                    "email",
                    "'" + (cleaned.length() > 60 ? cleaned.substring(0, 60) + "..." : cleaned)
                            + "' is not an e-mail address like name@ministry.example; leave it empty for none");
        }
        jdbc.sql("UPDATE accounts SET email = ? WHERE username = ?")
                .params(cleaned, username)
                .update();
        Contact after =
                new Contact(before.username(), before.displayName(), cleaned, before.roles(), before.missions());
        audit.record(
                "SET_EMAIL",
                "ACCOUNT",
                username,
                Map.of("email", String.valueOf(before.email())),
                Map.of("email", String.valueOf(cleaned)));
        return after;
    }

    /** The e-mail address of every account that has one, for the administrators' page. */
    public Map<String, String> emails() {
        Map<String, String> emails = new HashMap<>();
        jdbc.sql("SELECT username, email FROM accounts WHERE email IS NOT NULL").query(rs -> {
            emails.put(rs.getString(1), rs.getString(2));
        });
        return emails;
    }

    /** The enabled accounts that have an e-mail address, by username. */
    public List<Contact> withEmail() {
        return all().stream().filter(c -> c.email() != null).toList();
    }

    private List<Contact> all() {
        Map<Long, Set<Role>> roles = store.rolesByAccount();
        Map<Long, Set<String>> missions = store.missionsByAccount();
        List<Contact> contacts = new ArrayList<>();
        jdbc.sql("SELECT id, username, display_name, email FROM accounts WHERE enabled ORDER BY username")
                .query(rs -> {
                    long id = rs.getLong(1);
                    contacts.add(new Contact(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            roles.getOrDefault(id, Set.of()),
                            missions.getOrDefault(id, Set.of())));
                });
        return contacts;
    }
}
