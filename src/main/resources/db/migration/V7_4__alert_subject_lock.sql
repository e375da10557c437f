-- One row per (rule, subject) that has ever raised an alert: raising takes it FOR UPDATE, so instances that share
-- the database group one storm into one alert (an in-memory lock serialises only within one instance).
CREATE TABLE alert_subject_lock (
    rule_id     BIGINT       NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
    subject_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (rule_id, subject_key)
);

-- What raised an event is named by its id; a source's failure is "<source id, up to 100>#<count>@<instant>",
-- which did not fit in 100 characters.
ALTER TABLE alert_event ALTER COLUMN ref_id SET DATA TYPE VARCHAR(300);
