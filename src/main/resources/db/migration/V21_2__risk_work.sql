-- Risk work to do, one row per mission (docs/risk.md, "Coalesced recomputation"): signals and other evidence ask for a
-- recomputation by adding to the mission's row; a loop in every server claims due rows by a conditional UPDATE (one
-- instance wins each row) and recomputes each mission once for everything asked since. `generation` counts the
-- requests, so a request that arrives during the recomputation keeps the row for another round.
CREATE TABLE risk_work (
    mission_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requests    INTEGER      NOT NULL,
    first_cause VARCHAR(500) NOT NULL,
    last_cause  VARCHAR(500) NOT NULL,
    generation  BIGINT       NOT NULL,
    claimed_by  VARCHAR(100),
    claimed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX risk_work_due ON risk_work (due_at);
