package org.vigil.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the audit chain from the first entry to the chain head: every entry's hash must match its content, and
 * every entry must follow the one before it (next sequence number, previous hash equal to that entry's hash). It
 * reads the table in pages by sequence number, so memory stays constant however long the trail is. The command
 * line ({@code bin/vigil audit verify}), the auditor's page and {@code GET /api/v1/audit/verify} call it.
 */
@Component
public class AuditVerifier {

    private static final int PAGE = 1_000;

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The outcome of a verification.
     *
     * @param ok whether the whole chain is intact
     * @param entriesChecked how many entries were read
     * @param firstBrokenSequence the sequence number of the first broken link, or null when ok
     * @param reason what is wrong with it, in words, or null when ok
     */
    public record Verification(boolean ok, long entriesChecked, Long firstBrokenSequence, String reason) {

        static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long seq, String reason) {
            return new Verification(false, checked, seq, reason);
        }
    }

    public Verification verify() {
        // Entries up to the head are committed together with it; later appends are left for the next run.
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long headSeq = head.seq();
        String headHash = head.hash();

        long checked = 0;
        long lastSeq = 0;
        String lastHash = AuditHash.GENESIS;
        while (true) {
            List<AuditEntry> page = jdbc.sql("""
                    SELECT * FROM audit_entries WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?""")
                    .params(lastSeq, headSeq, PAGE)
                    .query(JdbcAuditTrail::map)
                    .list();
            for (AuditEntry entry : page) {
                checked++;
                if (entry.seq() != lastSeq + 1) {
                    String missing = entry.seq() == lastSeq + 2
                            ? "entry " + (lastSeq + 1) + " is missing"
                            : "entries " + (lastSeq + 1) + " to " + (entry.seq() - 1) + " are missing";
                    String previous = lastSeq == 0 ? "the start of the chain" : "entry " + lastSeq;
                    return Verification.broken(
                            checked,
                            lastSeq + 1,
                            missing + ": entry " + entry.seq() + " follows " + previous + " (deleted)");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return Verification.broken(
                            checked,
                            entry.seq(),
                            "entry " + entry.seq() + ": hash does not match its content (altered)");
                }
                if (!entry.prevHash().equals(lastHash)) {
                    return Verification.broken(
                            checked,
                            entry.seq(),
                            "entry " + entry.seq() + ": previous-hash does not match entry " + lastSeq
                                    + " (altered, deleted or reordered)");
                }
                lastSeq = entry.seq();
                lastHash = entry.hash();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (lastSeq < headSeq) {
            return Verification.broken(
                    checked,
                    lastSeq + 1,
                    "entries " + (lastSeq + 1) + " to " + headSeq + " are missing: the chain head records " + headSeq
                            + " entries (deleted)");
        }
        if (!lastHash.equals(headHash)) {
            return Verification.broken(
                    checked,
                    lastSeq,
                    "entry " + lastSeq + ": hash differs from the one the chain head recorded (altered)");
        }
        return Verification.intact(checked);
    }

    private record Head(long seq, String hash) {}
}
