-- The escalation of a person of interest (issue 13 part 3): the level its warning behaviours put it at and the score
-- behind it, kept on the record so that lists sort by it in the query. NONE until its behaviours are assessed.
ALTER TABLE person_of_interest ADD COLUMN escalation_level VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE person_of_interest ADD COLUMN escalation_score DOUBLE PRECISION DEFAULT 0 NOT NULL;
CREATE INDEX poi_escalation_score ON person_of_interest (escalation_score);
