-- One row per mission whose risk was ever assessed: a recomputation takes it FOR UPDATE, so instances that share
-- the database (analysers behind Kafka) recompute one mission one after the other instead of deadlocking on, or
-- overwriting, each other's risk_assessment rows. Within an instance an in-memory lock already orders them.
CREATE TABLE risk_mission_lock (
    mission_id VARCHAR(100) NOT NULL PRIMARY KEY
);
