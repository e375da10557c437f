package org.vigil.cli;

import java.io.PrintStream;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code bin/vigil audit verify}: wired to the audit module's verifier when it lands. */
final class AuditCommand {
    private AuditCommand() {
    }

    static int verify(ConfigurableApplicationContext ctx, PrintStream out, PrintStream err) {
        err.println("vigil: the audit verifier is not in this build");
        return 1;
    }
}
