-- A request to the host state may concern a person of interest (issue 13 part 5): the note verbale names its
-- accounts. The accounts are kept with the request as they were when it was drafted (a note sent is not rewritten,
-- and it outlives the record's retention); the id links the request to the case file while the record exists.
ALTER TABLE host_request ADD COLUMN poi_id BIGINT;
ALTER TABLE host_request ADD COLUMN poi_accounts VARCHAR(4000);
