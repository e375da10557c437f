-- The audit trail: append-only and hash-chained. Each entry's hash covers its content and the previous entry's
-- hash; the one-row chain head holds the last sequence number and hash, and appenders lock it (SELECT ... FOR
-- UPDATE) so that the chain stays linear with concurrent writers and several application instances.
CREATE TABLE audit_entries (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)             NOT NULL,
    remote_address VARCHAR(100)             NOT NULL,
    action         VARCHAR(50)              NOT NULL,
    entity_type    VARCHAR(50)              NOT NULL,
    entity_id      VARCHAR(200),
    before_json    TEXT,
    after_json     TEXT,
    prev_hash      VARCHAR(64)              NOT NULL,
    hash           VARCHAR(64)              NOT NULL
);

CREATE INDEX audit_entries_recorded_at ON audit_entries (recorded_at);
CREATE INDEX audit_entries_actor ON audit_entries (actor);
CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id);

CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);

-- The genesis: entry 1's previous hash is 64 zeros.
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
