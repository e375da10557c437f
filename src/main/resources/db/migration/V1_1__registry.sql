-- The registry: countries (ISO 3166-1 reference data), missions and protected people.
-- Records that others point to are retired (status), never deleted.

CREATE TABLE country (
    code          VARCHAR(2)   PRIMARY KEY,
    alpha3        VARCHAR(3),
    numeric_code  VARCHAR(3),
    name          VARCHAR(200) NOT NULL,
    official_name VARCHAR(300),
    region        VARCHAR(100),
    subregion     VARCHAR(100),
    capital       VARCHAR(200),
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    names         VARCHAR(20000),
    status        VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    version       INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE mission (
    id              VARCHAR(100) PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    sending_country VARCHAR(2)   NOT NULL REFERENCES country (code),
    host_country    VARCHAR(2)   NOT NULL REFERENCES country (code),
    city            VARCHAR(500),
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER      NOT NULL
);
CREATE INDEX mission_host_country ON mission (host_country);

CREATE TABLE mission_alias (
    mission_id VARCHAR(100) NOT NULL REFERENCES mission (id),
    position   INTEGER      NOT NULL,
    alias      VARCHAR(500) NOT NULL,
    PRIMARY KEY (mission_id, position)
);

CREATE TABLE person (
    id         VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(500) NOT NULL,
    role       VARCHAR(30)  NOT NULL,
    mission_id VARCHAR(100) REFERENCES mission (id),
    status     VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL
);
CREATE INDEX person_mission ON person (mission_id);

CREATE TABLE person_alias (
    person_id VARCHAR(100) NOT NULL REFERENCES person (id),
    position  INTEGER      NOT NULL,
    alias     VARCHAR(500) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_account (
    person_id VARCHAR(100) NOT NULL REFERENCES person (id),
    position  INTEGER      NOT NULL,
    account   VARCHAR(500) NOT NULL,
    PRIMARY KEY (person_id, position)
);
