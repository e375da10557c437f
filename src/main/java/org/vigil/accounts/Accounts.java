package org.vigil.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Missions;
import org.vigil.shared.web.InterfaceLanguages;

/** Creating and administering accounts. Every change is audited; passwords never reach the audit trail. */
@Service
public class Accounts {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Accounts.class);

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Missions missions;

    Accounts(
            AccountStore store,
            PasswordEncoder encoder,
            AuditTrail audit,
            LoginThrottle throttle,
            ObjectProvider<Clock> clock,
            Missions missions) {
        this.missions = missions;
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The result of an action that sets a password: shown to the administrator once, never stored in clear. */
    public record WithPassword(Account account, String password) {}

    public List<Account> list() {
        return store.list();
    }

    public Optional<Account> find(String username) {
        return store.find(username);
    }

    /**
     * Creates an account with the given password, or a generated one when it is null.
     *
     * @throws AccountProblem when the username is taken, a mission unknown, or the password too short or long
     */
    @Transactional
    public WithPassword create(NewAccount request, String password) {
        if (store.exists(request.username())) {
            throw new AccountProblem("username", "the username '" + request.username() + "' is taken", true);
        }
        requireMissions(request.missions());
        String pw = password == null ? Secrets.password() : checkPassword(password);
        store.insert(request, encoder.encode(pw), clock.instant());
        Account created = store.find(request.username()).orElseThrow();
        audit.record("CREATE", "ACCOUNT", created.username(), null, created);
        return new WithPassword(created, pw);
    }

    /** Bootstrap creation: the password is the operator's choice (from the environment), so no length rule. */
    @Transactional
    void createWithPassword(NewAccount request, String password) {
        store.insert(request, encoder.encode(password), clock.instant());
        audit.record(
                "CREATE",
                "ACCOUNT",
                request.username(),
                null,
                store.find(request.username()).orElseThrow());
    }

    /**
     * Creates or updates an account from the identity provider's claims at a single sign-on, so that audit and
     * scope work as for any account: created at the first sign-in (with a random password no one knows, so the
     * form cannot be used for it), its roles and missions replaced when the provider's differ. Both are audited.
     * Missions not in the registry are ignored and logged. A disabled account is left as it is (the sign-in is then
     * refused).
     *
     * @throws AccountProblem when the claims do not make a valid account (see {@link NewAccount})
     */
    @Transactional
    void syncFromIdentityProvider(
            String username,
            String displayName,
            java.util.Set<org.vigil.shared.Role> roles,
            java.util.Set<String> missionIds) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        for (String mission : missionIds) {
            if (missions.exists(mission)) {
                known.add(mission);
            } else {
                log.warn(
                        "Single sign-on of '{}': ignored the mission '{}', which is not in the registry",
                        username,
                        mission);
            }
        }
        NewAccount wanted = new NewAccount(username, displayName, roles, known);
        Optional<Account> before = store.find(wanted.username());
        if (before.isEmpty()) {
            store.insert(wanted, encoder.encode(Secrets.password()), clock.instant());
            Account created = store.find(wanted.username()).orElseThrow();
            audit.record(
                    "CREATE",
                    "ACCOUNT",
                    created.username(),
                    null,
                    Map.of("account", created, "source", "single sign-on"));
            return;
        }
        if (!before.get().enabled()) {
            return;
        }
        if (!before.get().roles().equals(new java.util.TreeSet<>(wanted.roles()))
                || !before.get().missions().equals(new java.util.TreeSet<>(wanted.missions()))) {
            store.replaceAccess(wanted.username(), wanted.roles(), wanted.missions());
            Account after = store.find(wanted.username()).orElseThrow();
            audit.record(
                    "CHANGE_ACCESS",
                    "ACCOUNT",
                    wanted.username(),
                    before.get(),
                    Map.of("account", after, "source", "single sign-on"));
        }
    }

    private void requireMissions(java.util.Set<String> ids) {
        for (String mission : ids) {
            if (!missions.exists(mission)) {
                throw new AccountProblem(
                        "missions",
                        "no mission '" + mission + "' in the registry; use a mission "
                                + "id as on the missions page, like ru-embassy-ankara");
            }
        }
    }

    /**
     * Gives an account other roles and missions, by the same rules as a new account (HQ-wide or mission-scoped,
     * a gateway alone); audited with before and after. An administrator cannot take the administrator role from
     * themselves (another administrator can). The account's open sessions end at their next request
     * ({@link EndedAccountFilter}), so the new access applies at once.
     */
    @Transactional
    public Account changeAccess(
            String username,
            java.util.Set<org.vigil.shared.Role> roles,
            java.util.Set<String> missionIds,
            String actingUser) {
        Account before = require(username);
        NewAccount checked = new NewAccount(username, before.displayName(), roles, missionIds);
        if (username.equals(actingUser)
                && before.roles().contains(org.vigil.shared.Role.ADMIN)
                && !checked.roles().contains(org.vigil.shared.Role.ADMIN)) {
            throw new AccountProblem(
                    "roles",
                    "you cannot take the administrator role from your own account; ask " + "another administrator");
        }
        requireMissions(checked.missions());
        store.replaceAccess(username, checked.roles(), checked.missions());
        Account after = require(username);
        if (!after.equals(before)) {
            audit.record("CHANGE_ACCESS", "ACCOUNT", username, before, after);
        }
        return after;
    }

    @Transactional
    public Account setEnabled(String username, boolean enabled, String actingUser) {
        Account before = require(username);
        if (!enabled && username.equals(actingUser)) {
            throw new AccountProblem("username", "you cannot disable your own account; ask another administrator");
        }
        if (before.enabled() == enabled) {
            return before;
        }
        store.setEnabled(username, enabled);
        Account after = before.withEnabled(enabled);
        audit.record(enabled ? "ENABLE" : "DISABLE", "ACCOUNT", username, before, after);
        return after;
    }

    /** The interface language the user chose; empty when they follow their browser's. */
    public Optional<Locale> interfaceLanguage(String username) {
        return store.interfaceLanguage(username).flatMap(InterfaceLanguages::of);
    }

    /**
     * Sets the user's own interface language (blank: follow the browser again); audited with before and after like
     * other account changes.
     *
     * @throws AccountProblem when the language is not one the interface speaks
     */
    @Transactional
    public Optional<Locale> setInterfaceLanguage(String username, String tag) {
        require(username);
        Optional<Locale> chosen = InterfaceLanguages.of(tag);
        if (tag != null && !tag.isBlank() && chosen.isEmpty()) {
            throw new AccountProblem(
                    "language",
                    "the interface speaks "
                            + InterfaceLanguages.SUPPORTED.stream()
                                    .map(Locale::getLanguage)
                                    .toList()
                            + "; choose one of these, or none to follow your browser");
        }
        String before = store.interfaceLanguage(username).orElse(null);
        String after = chosen.map(Locale::getLanguage).orElse(null);
        if (java.util.Objects.equals(before, after)) {
            return chosen;
        }
        store.setInterfaceLanguage(username, after);
        audit.record(
                "CHANGE_LANGUAGE",
                "ACCOUNT",
                username,
                before == null ? null : Map.of("interfaceLanguage", before),
                after == null ? Map.of("interfaceLanguage", "browser") : Map.of("interfaceLanguage", after));
        return chosen;
    }

    /** Sets a new generated password and lifts a sign-in lock on the account. */
    @Transactional
    public WithPassword resetPassword(String username) {
        Account account = require(username);
        String pw = Secrets.password();
        store.setPasswordHash(username, encoder.encode(pw), clock.instant());
        throttle.clear(username);
        audit.record("PASSWORD_RESET", "ACCOUNT", username, null, Map.of("passwordChanged", true));
        return new WithPassword(account, pw);
    }

    /** Sets a password the operator chose (bootstrap from the environment); audited without the password. */
    @Transactional
    void applyPassword(String username, String password) {
        store.setPasswordHash(username, encoder.encode(password), clock.instant());
        throttle.clear(username);
        audit.record("PASSWORD_RESET", "ACCOUNT", username, null, Map.of("passwordChanged", true));
    }

    private Account require(String username) {
        return store.find(username).orElseThrow(() -> new AccountNotFound(username));
    }

    private static String checkPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new AccountProblem(
                    "password",
                    "a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD
                            + " characters; leave it empty to have one generated");
        }
        return password;
    }

    /** No account has this username. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class AccountNotFound extends RuntimeException {
        AccountNotFound(String username) {
            super("no account '" + username + "'");
        }
    }
}
