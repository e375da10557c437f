package org.vigil.risk.assess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.Assessment.Level;
import org.vigil.risk.assess.BaselineFactor.Baseline;
import tools.jackson.databind.json.JsonMapper;

/** The risk tables, in SQL: baselines, current assessments, the change history, overrides and surge state. */
@Component
public class RiskStore {

    static final String OVERALL = "OVERALL";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RiskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String key(RiskCategory category) {
        return category == null ? OVERALL : category.name();
    }

    // baselines

    public List<Baseline> baselines(String countryCode) {
        return jdbc.sql("SELECT * FROM risk_baseline WHERE country_code = ? ORDER BY category")
                .param(countryCode)
                .query(RiskStore::baseline)
                .list();
    }

    public List<Baseline> allBaselines() {
        return jdbc.sql("SELECT * FROM risk_baseline ORDER BY country_code, category")
                .query(RiskStore::baseline)
                .list();
    }

    public Optional<Baseline> baseline(String countryCode, RiskCategory category) {
        return jdbc.sql("SELECT * FROM risk_baseline WHERE country_code = ? AND category = ?")
                .params(countryCode, category.name())
                .query(RiskStore::baseline)
                .optional();
    }

    public void saveBaseline(Baseline b, Instant at) {
        int updated = jdbc.sql("""
                UPDATE risk_baseline SET score = ?, source = ?, source_date = ?, note = ?, set_by = ?, set_at = ?
                WHERE country_code = ? AND category = ?""")
                .params(
                        b.score(),
                        b.source(),
                        b.sourceDate(),
                        b.note(),
                        b.setBy(),
                        ts(at),
                        b.countryCode(),
                        b.category().name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO risk_baseline (country_code, category, score, source, source_date, note, set_by, set_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            b.countryCode(),
                            b.category().name(),
                            b.score(),
                            b.source(),
                            b.sourceDate(),
                            b.note(),
                            b.setBy(),
                            ts(at))
                    .update();
        }
    }

    private static Baseline baseline(ResultSet rs, int n) throws SQLException {
        return new Baseline(
                rs.getString("country_code"),
                RiskCategory.valueOf(rs.getString("category")),
                rs.getInt("score"),
                rs.getString("source"),
                rs.getObject("source_date", LocalDate.class),
                rs.getString("note"),
                rs.getString("set_by"));
    }

    // assessments

    /** A stored level: the row's columns and the explanation it was saved with. */
    public record StoredLevel(
            String missionId,
            RiskCategory category,
            RiskLevel level,
            RiskLevel computedLevel,
            int score,
            Level explanation,
            Instant assessedAt) {}

    public List<StoredLevel> current(String missionId) {
        return jdbc.sql("SELECT * FROM risk_assessment WHERE mission_id = ?")
                .param(missionId)
                .query(RiskStore::stored)
                .list();
    }

    public List<StoredLevel> currentOverall() {
        return jdbc.sql("SELECT * FROM risk_assessment WHERE category = 'OVERALL'")
                .query(RiskStore::stored)
                .list();
    }

    private static StoredLevel stored(ResultSet rs, int n) throws SQLException {
        String c = rs.getString("category");
        return new StoredLevel(
                rs.getString("mission_id"),
                OVERALL.equals(c) ? null : RiskCategory.valueOf(c),
                RiskLevel.valueOf(rs.getString("level")),
                RiskLevel.valueOf(rs.getString("computed_level")),
                rs.getInt("score"),
                JSON.readValue(rs.getString("drivers"), Level.class),
                instant(rs, "assessed_at"));
    }

    /**
     * Takes the mission's row of {@code risk_mission_lock} for the current transaction, creating it the first time:
     * another instance recomputing the same mission waits here until this transaction ends, then reads what it wrote.
     */
    void lockMission(String missionId) {
        jdbc.sql("INSERT INTO risk_mission_lock (mission_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(missionId)
                .update();
        jdbc.sql("SELECT mission_id FROM risk_mission_lock WHERE mission_id = ? FOR UPDATE")
                .param(missionId)
                .query(String.class)
                .single();
    }

    void save(String missionId, Level level, Instant at) {
        String drivers = JSON.writeValueAsString(level);
        Long overrideId = level.override() == null ? null : level.override().id();
        int updated = jdbc.sql("""
                UPDATE risk_assessment SET level = ?, computed_level = ?, score = ?, override_id = ?, drivers = ?,
                    assessed_at = ?
                WHERE mission_id = ? AND category = ?""")
                .params(
                        level.level().name(),
                        level.computedLevel().name(),
                        level.score(),
                        overrideId,
                        drivers,
                        ts(at),
                        missionId,
                        key(level.category()))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO risk_assessment (mission_id, category, level, computed_level, score, override_id,
                        drivers, assessed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            missionId,
                            key(level.category()),
                            level.level().name(),
                            level.computedLevel().name(),
                            level.score(),
                            overrideId,
                            drivers,
                            ts(at))
                    .update();
        }
    }

    // history

    /** A recorded change of a level or score, with its reason and what set off the recomputation. */
    public record Change(
            long id,
            String missionId,
            RiskCategory category,
            RiskLevel from,
            RiskLevel to,
            Integer fromScore,
            int toScore,
            String reason,
            String cause,
            Instant at) {}

    void recordChange(
            String missionId,
            RiskCategory category,
            RiskLevel from,
            RiskLevel to,
            Integer fromScore,
            int toScore,
            String reason,
            String cause,
            Instant at) {
        jdbc.sql("""
                INSERT INTO risk_change (mission_id, category, from_level, to_level, from_score, to_score, reason,
                    cause, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        missionId,
                        key(category),
                        from == null ? null : from.name(),
                        to.name(),
                        fromScore,
                        toScore,
                        reason.length() > 4000 ? reason.substring(0, 3999) : reason,
                        cause.length() > 500 ? cause.substring(0, 499) : cause,
                        ts(at))
                .update();
    }

    public List<Change> history(String missionId, Instant since, int limit) {
        return jdbc.sql("""
                SELECT * FROM risk_change WHERE mission_id = ? AND changed_at >= ?
                ORDER BY changed_at DESC, id DESC LIMIT ?""")
                .params(missionId, ts(since), limit)
                .query((rs, n) -> {
                    String c = rs.getString("category");
                    String from = rs.getString("from_level");
                    int fromScore = rs.getInt("from_score");
                    Integer fs = rs.wasNull() ? null : fromScore;
                    return new Change(
                            rs.getLong("id"),
                            rs.getString("mission_id"),
                            OVERALL.equals(c) ? null : RiskCategory.valueOf(c),
                            from == null ? null : RiskLevel.valueOf(from),
                            RiskLevel.valueOf(rs.getString("to_level")),
                            fs,
                            rs.getInt("to_score"),
                            rs.getString("reason"),
                            rs.getString("cause"),
                            instant(rs, "changed_at"));
                })
                .list();
    }

    // overrides

    /** An analyst's override; {@code category} null for the overall level. */
    public record Override(
            long id,
            String missionId,
            RiskCategory category,
            RiskLevel level,
            String justification,
            Instant expiresAt,
            String setBy,
            Instant setAt,
            String revokedBy,
            Instant revokedAt) {

        public boolean inForce(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    public List<Override> overrides(String missionId) {
        return jdbc.sql("SELECT * FROM risk_override WHERE mission_id = ? ORDER BY set_at DESC, id DESC")
                .param(missionId)
                .query(RiskStore::override)
                .list();
    }

    public Optional<Override> override(long id) {
        return jdbc.sql("SELECT * FROM risk_override WHERE id = ?")
                .param(id)
                .query(RiskStore::override)
                .optional();
    }

    long insertOverride(
            String missionId,
            RiskCategory category,
            RiskLevel level,
            String justification,
            Instant expiresAt,
            String by,
            Instant at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO risk_override (mission_id, category, level, justification, expires_at, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(missionId, key(category), level.name(), justification, ts(expiresAt), by, ts(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void revokeOverride(long id, String by, Instant at) {
        jdbc.sql("UPDATE risk_override SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(by, ts(at), id)
                .update();
    }

    private static Override override(ResultSet rs, int n) throws SQLException {
        String c = rs.getString("category");
        return new Override(
                rs.getLong("id"),
                rs.getString("mission_id"),
                OVERALL.equals(c) ? null : RiskCategory.valueOf(c),
                RiskLevel.valueOf(rs.getString("level")),
                rs.getString("justification"),
                instant(rs, "expires_at"),
                rs.getString("set_by"),
                instant(rs, "set_at"),
                rs.getString("revoked_by"),
                instant(rs, "revoked_at"));
    }

    // surge state

    boolean surgeActive(String missionId) {
        return jdbc.sql("SELECT active FROM risk_surge WHERE mission_id = ?")
                .param(missionId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void saveSurge(String missionId, SurgeTest.Result r, Instant at) {
        int updated = jdbc.sql("""
                UPDATE risk_surge SET active = ?, observed = ?, expected = ?, p_value = ?, window_start = ?,
                    window_end = ?, detected_at = ?
                WHERE mission_id = ?""")
                .params(
                        r.surge(),
                        r.observed(),
                        r.expected(),
                        r.pValue(),
                        ts(r.windowStart()),
                        ts(r.windowEnd()),
                        ts(at),
                        missionId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO risk_surge (mission_id, active, observed, expected, p_value, window_start, window_end,
                        detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            missionId,
                            r.surge(),
                            r.observed(),
                            r.expected(),
                            r.pValue(),
                            ts(r.windowStart()),
                            ts(r.windowEnd()),
                            ts(at))
                    .update();
        }
    }
}
