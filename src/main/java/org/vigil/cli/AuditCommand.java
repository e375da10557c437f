package org.vigil.cli;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.audit.AuditVerifier;
import org.vigil.audit.AuditVerifier.Verification;

/** {@code bin/vigil audit verify}: exit 0 when the chain is intact, 1 naming the first broken link. */
final class AuditCommand {
    private AuditCommand() {}

    static int verify(ConfigurableApplicationContext ctx, PrintStream out, PrintStream err) {
        Verification v = ctx.getBean(AuditVerifier.class).verify();
        if (v.ok()) {
            out.println("audit trail intact: " + v.entriesChecked() + " entries, every hash and link checked");
            return 0;
        }
        err.println("audit trail BROKEN at entry " + v.firstBrokenSequence() + ": " + v.reason());
        err.println("(entries before " + v.firstBrokenSequence() + " are intact; restore the database from a backup"
                + " and investigate who had write access to it)");
        return 1;
    }
}
