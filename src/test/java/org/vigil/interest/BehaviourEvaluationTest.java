package org.vigil.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.SeedRegistry;

/**
 * The behaviour evaluation (docs/persons-of-interest.md, "Quality, measured"): the test half is frozen by its
 * SHA-256, and the figures are printed for dev, and for test only with {@code -Dvigil.eval.test=true}. Needs
 * ../shared/data (skipped without it). Run: {@code ./mvnw test -Dtest=BehaviourEvaluationTest}.
 */
@Tag("eval")
class BehaviourEvaluationTest {

    /** The SHA-256 of the test half, as written in docs/persons-of-interest.md. */
    static final String TEST_HALF = "97dbf8db9cf397900e6e9e8652ae80f839c9aeeeac6fe8df341186e59a8986fa";

    @Test
    void figures() throws Exception {
        Assumptions.assumeTrue(Files.exists(BehaviourEvaluation.data()), "no ../shared/data");
        List<BehaviourEvaluation.Account> accounts = BehaviourEvaluation.accounts(BehaviourEvaluation.data());
        String hash = BehaviourEvaluation.testHash(accounts);
        System.out.println("test half SHA-256 " + hash);
        assertThat(accounts)
                .hasSize(BehaviourEvaluation.THREAT_ACCOUNTS
                        + BehaviourEvaluation.IMPLICIT_ACCOUNTS
                        + BehaviourEvaluation.QUIET_ACCOUNTS);
        // the same construction twice is the same test half
        assertThat(BehaviourEvaluation.testHash(BehaviourEvaluation.accounts(BehaviourEvaluation.data())))
                .isEqualTo(hash);
        assertThat(hash).as("the frozen test half changed").isEqualTo(TEST_HALF);
        var engine = SeedRegistry.engine();
        BehaviourEvaluation.report(
                "dev", BehaviourEvaluation.run(accounts, false, engine, SeedRegistry.registry()), System.out);
        if (Boolean.getBoolean("vigil.eval.test")) {
            BehaviourEvaluation.report(
                    "test", BehaviourEvaluation.run(accounts, true, engine, SeedRegistry.registry()), System.out);
        }
    }
}
