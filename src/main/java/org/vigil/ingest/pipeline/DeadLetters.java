package org.vigil.ingest.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigil.audit.AuditTrail;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.bulk.BulkLimits;
import org.vigil.ingest.bulk.IncomingItem;
import org.vigil.ingest.bulk.JsonLinesItems;
import org.vigil.shared.ConflictException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rejected input for HQ: listed newest first, and replayed once its cause is fixed (a source resumed, a bug fixed). */
@Service
public class DeadLetters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Intake intake;
    private final AuditTrail audit;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, Intake intake, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<DeadLetter> list(String sourceId, boolean includeReplayed, PageRequest page) {
        Callers.requireHq("reading dead letters");
        // no "? IS NULL" tricks: PostgreSQL cannot type a null parameter there
        String where = " WHERE 1 = 1" + (sourceId == null ? "" : " AND source_id = :source")
                + (includeReplayed ? "" : " AND replayed_at IS NULL");
        java.util.Map<String, Object> params =
                sourceId == null ? java.util.Map.of() : java.util.Map.of("source", sourceId);
        long total = jdbc.sql("SELECT COUNT(*) FROM dead_letter" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<DeadLetter> items = jdbc.sql("SELECT * FROM dead_letter" + where + " ORDER BY id DESC LIMIT " + page.size()
                        + " OFFSET " + page.offset())
                .params(params)
                .query(DeadLetters::map)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public DeadLetter get(long id) {
        Callers.requireHq("reading dead letters");
        return find(id);
    }

    private DeadLetter find(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ?")
                .param(id)
                .query(DeadLetters::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("dead letter", Long.toString(id)));
    }

    /** The outcome of a replay; {@code reason} says why the item was refused again. */
    public record Replay(long deadLetterId, Intake.Outcome outcome, Long itemId, String reason) {}

    /**
     * Submits the stored raw item again, through the same checks as a push. Accepted or found a duplicate, the dead
     * letter is marked replayed; refused again, it stays, with the new reason in the answer.
     */
    public Replay replay(long id) {
        Callers.requireHq("replaying a dead letter");
        DeadLetter letter = find(id);
        if (letter.replayedAt() != null) {
            throw new ConflictException(
                    "dead letter " + id + " was replayed already (item " + letter.replayItemId() + ")");
        }
        if (letter.truncated()) {
            throw new ConflictException("dead letter " + id + " keeps only part of the input; send the item again "
                    + "from its source (re-running bin/vigil ingest on a fixed file skips what is stored)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(letter.raw());
        } catch (JacksonException e) {
            node = null;
        }
        Parsed<IncomingItem> parsed = node == null
                ? Parsed.rejected(letter.position() == null ? 0 : letter.position(), "not JSON", letter.raw())
                : JsonLinesItems.fromJson(node, letter.position() == null ? 1 : letter.position(), BulkLimits.DEFAULTS);
        Intake.Stored stored = intake.store(letter.sourceId(), parsed);
        Replay replay = new Replay(id, stored.outcome(), stored.itemId(), stored.reason());
        if (stored.outcome() != Intake.Outcome.REJECTED) {
            String result = stored.outcome() == Intake.Outcome.ACCEPTED ? "accepted" : "duplicate of a stored item";
            jdbc.sql("UPDATE dead_letter SET replayed_at = ?, replay_item_id = ?, replay_result = ? WHERE id = ?")
                    .params(Sources.ts(clock.instant()), stored.itemId(), result, id)
                    .update();
        } else {
            jdbc.sql("UPDATE dead_letter SET replay_result = ? WHERE id = ?")
                    .params("refused again: " + abbreviate(stored.reason()), id)
                    .update();
        }
        audit.record("REPLAY", "DEAD_LETTER", Long.toString(id), null, replay);
        return replay;
    }

    private static String abbreviate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) : s;
    }

    private static DeadLetter map(ResultSet rs, int row) throws SQLException {
        int position = rs.getInt("position");
        Integer pos = rs.wasNull() ? null : position;
        long replayItem = rs.getLong("replay_item_id");
        Long replayItemId = rs.wasNull() ? null : replayItem;
        return new DeadLetter(
                rs.getLong("id"),
                rs.getString("source_id"),
                pos,
                rs.getString("external_id"),
                rs.getString("reason"),
                rs.getString("raw"),
                rs.getBoolean("truncated"),
                Sources.instant(rs, "received_at"),
                Sources.instant(rs, "replayed_at"),
                replayItemId,
                rs.getString("replay_result"));
    }
}
