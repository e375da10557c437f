package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vigil.shared.Role;

/** The rules for the first accounts: who exists and with which password, with and without demo data. */
class AccountsBootstrapTest {

    private static boolean passwordIs(AccountStore store, PasswordEncoder encoder, String username, String password) {
        return encoder.matches(password, store.findUser(username).orElseThrow().getPassword());
    }

    @Nested
    @SpringBootTest(properties = {"vigil.demo.enabled=true"})
    class WithDemoData {

        @Autowired
        AccountStore store;

        @Autowired
        PasswordEncoder encoder;

        @Test
        void everyRoleHasADemoAccountAndAdminsPasswordIsDemo() {
            assertThat(passwordIs(store, encoder, "admin", "demo")).isTrue();
            for (NewAccount demo : AccountsBootstrap.DEMO_ACCOUNTS) {
                VigilUser user = store.findUser(demo.username()).orElseThrow();
                assertThat(user.roles()).isEqualTo(demo.roles());
                assertThat(user.missions()).isEqualTo(demo.missions());
                assertThat(encoder.matches("demo", user.getPassword())).isTrue();
            }
            assertThat(store.findUser("officer.ankara").orElseThrow().scope().missionIds())
                    .containsExactly("ru-embassy-ankara");
            assertThat(store.findUser("head.ankara").orElseThrow().roles()).containsExactly(Role.HEAD_OF_MISSION);
            // Passwords are stored as Argon2id hashes.
            assertThat(store.findUser("analyst").orElseThrow().getPassword()).startsWith("{argon2}$argon2id$");
        }
    }

    @Nested
    @SpringBootTest(
            properties = {
                "vigil.demo.enabled=true",
                "vigil.security.admin-password=from-the-environment-1",
                "vigil.security.demo-password=other-demo-pass"
            })
    class AdminPasswordFromTheEnvironment {

        @Autowired
        AccountStore store;

        @Autowired
        PasswordEncoder encoder;

        @Autowired
        Accounts accounts;

        @Autowired
        JdbcClient jdbc;

        @Test
        void winsOverTheDemoPasswordAndIsReappliedWhenItChanges() {
            assertThat(passwordIs(store, encoder, "admin", "from-the-environment-1"))
                    .isTrue();
            assertThat(passwordIs(store, encoder, "admin", "demo")).isFalse();
            assertThat(passwordIs(store, encoder, "analyst", "other-demo-pass")).isTrue();

            // A restart with a new VIGIL_ADMIN_PASSWORD applies it ...
            new AccountsBootstrap(
                            accounts, store, encoder, new SecurityProperties(true, "changed-password-2", "demo"), true)
                    .run(new DefaultApplicationArguments());
            assertThat(passwordIs(store, encoder, "admin", "changed-password-2"))
                    .isTrue();
            long resets = jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'PASSWORD_RESET' "
                            + "AND entity_id = 'admin'")
                    .query(Long.class)
                    .single();
            assertThat(resets).isEqualTo(1);

            // ... a restart with the same one changes nothing, and demo accounts are never recreated.
            new AccountsBootstrap(
                            accounts, store, encoder, new SecurityProperties(true, "changed-password-2", "demo"), true)
                    .run(new DefaultApplicationArguments());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'PASSWORD_RESET' "
                                    + "AND entity_id = 'admin'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(passwordIs(store, encoder, "analyst", "other-demo-pass")).isTrue();
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(properties = {"vigil.demo.enabled=false"})
    class WithoutDemoData {

        @Autowired
        AccountStore store;

        @Autowired
        PasswordEncoder encoder;

        @Autowired
        Accounts accounts;

        @Autowired
        JdbcClient jdbc;

        @Test
        void onlyAdminExistsWithAGeneratedPasswordPrintedOnce(CapturedOutput output) {
            assertThat(accounts.list()).extracting(Account::username).containsExactly("admin");
            assertThat(passwordIs(store, encoder, "admin", "demo")).isFalse();

            // Replay a first start on a database without admin, this time with the output captured.
            jdbc.sql("DELETE FROM account_roles WHERE account_id = (SELECT id FROM accounts WHERE username = 'admin')")
                    .update();
            jdbc.sql("DELETE FROM accounts WHERE username = 'admin'").update();
            int mark = output.getAll().length();
            AccountsBootstrap firstStart =
                    new AccountsBootstrap(accounts, store, encoder, new SecurityProperties(true, null, "demo"), false);
            firstStart.run(new DefaultApplicationArguments());

            Matcher printed =
                    Pattern.compile("password: (\\S+)").matcher(output.getAll().substring(mark));
            assertThat(printed.find()).as("the generated password is printed").isTrue();
            String password = printed.group(1);
            assertThat(password).hasSize(20).isNotEqualTo("demo");
            assertThat(passwordIs(store, encoder, "admin", password)).isTrue();

            // A later start without VIGIL_ADMIN_PASSWORD neither changes nor prints it again.
            String hashBefore = store.findUser("admin").orElseThrow().getPassword();
            firstStart.run(new DefaultApplicationArguments());
            assertThat(store.findUser("admin").orElseThrow().getPassword()).isEqualTo(hashBefore);
            assertThat(Pattern.compile("password: \\S+")
                            .matcher(output.getAll().substring(mark))
                            .results()
                            .count())
                    .isEqualTo(1);
            assertThat(accounts.list()).extracting(Account::username).containsExactly("admin");
        }
    }
}
