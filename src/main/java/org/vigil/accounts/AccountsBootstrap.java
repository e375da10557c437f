package org.vigil.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vigil.shared.Role;

/**
 * Makes sure someone can sign in. The {@code admin} account's password is {@code VIGIL_ADMIN_PASSWORD} whenever that
 * is set (re-applied at each start when it changed); otherwise it is chosen once, at first start: {@code demo}
 * with demo data, else generated and printed once. With demo data, one account per role is created when absent.
 * Runs after the registry's demo data ({@code @Order(10)}), which holds the missions the demo officers belong to;
 * and only when serving, so that a command-line run never creates (or prints) an account.
 */
@Component
@Order(20)
@ConditionalOnWebApplication
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
        name = "vigil.bootstrap.enabled",
        havingValue = "true",
        matchIfMissing = true) // off for one-shot commands: the server sets accounts up
class AccountsBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

    static final List<NewAccount> DEMO_ACCOUNTS = List.of(
            new NewAccount("director", "Demo HQ security director", Set.of(Role.HQ_DIRECTOR), Set.of()),
            // the heaviest measures (special forces, ordered departure) need two distinct directors
            new NewAccount("deputy.director", "Demo deputy HQ security director", Set.of(Role.HQ_DIRECTOR), Set.of()),
            new NewAccount("analyst", "Demo HQ security analyst", Set.of(Role.HQ_ANALYST), Set.of()),
            new NewAccount("auditor", "Demo auditor", Set.of(Role.AUDITOR), Set.of()),
            new NewAccount(
                    "officer.ankara",
                    "Demo security officer, Embassy in Ankara",
                    Set.of(Role.MISSION_OFFICER),
                    Set.of("ru-embassy-ankara")),
            new NewAccount(
                    "officer.istanbul",
                    "Demo security officer, Consulate General in Istanbul",
                    Set.of(Role.MISSION_OFFICER),
                    Set.of("ru-consulate-istanbul")),
            new NewAccount(
                    "head.ankara",
                    "Demo head of mission, Embassy in Ankara",
                    Set.of(Role.HEAD_OF_MISSION),
                    Set.of("ru-embassy-ankara")),
            // listed on the demo push source demo-social (created by the ingest module's demo data)
            new NewAccount("gateway", "Demo social-media gateway", Set.of(Role.GATEWAY), Set.of()));

    private final Accounts accounts;
    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final boolean demo;

    AccountsBootstrap(
            Accounts accounts,
            AccountStore store,
            PasswordEncoder encoder,
            SecurityProperties properties,
            @Value("${vigil.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
        if (demo) {
            for (NewAccount account : DEMO_ACCOUNTS) {
                if (!store.exists(account.username())) {
                    accounts.createWithPassword(account, properties.demoPassword());
                    log.info("Created demo account '{}' ({})", account.username(), account.roles());
                }
            }
        }
    }

    private void ensureAdmin() {
        String fromEnvironment = properties.adminPasswordOrNull();
        Optional<VigilUser> admin = store.findUser(ADMIN);
        if (admin.isEmpty()) {
            String password = fromEnvironment != null ? fromEnvironment : demo ? properties.demoPassword() : null;
            boolean generated = password == null;
            if (generated) {
                password = Secrets.password();
            }
            accounts.createWithPassword(new NewAccount(ADMIN, "Administrator", Set.of(Role.ADMIN), Set.of()), password);
            if (generated) {
                // The one time this password is ever shown: it is not stored in clear anywhere.
                log.warn("""

                        ==============================================================================
                        Vigil created the administrator account.
                          username: {}
                          password: {}
                        This is shown once. Sign in and keep it safe, or set VIGIL_ADMIN_PASSWORD
                        and restart to choose the password yourself.
                        ==============================================================================""", ADMIN, password);
            } else {
                log.info(
                        "Created the administrator account '{}' with the password from {}",
                        ADMIN,
                        fromEnvironment != null ? "VIGIL_ADMIN_PASSWORD" : "the demo settings");
            }
        } else if (fromEnvironment != null
                && !encoder.matches(fromEnvironment, admin.get().getPassword())) {
            accounts.applyPassword(ADMIN, fromEnvironment);
            log.info("Applied the administrator password from VIGIL_ADMIN_PASSWORD");
        }
    }
}
