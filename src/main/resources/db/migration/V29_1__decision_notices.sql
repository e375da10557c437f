-- "Awaiting my decision" by e-mail: what each account has been told waits for it (one row per account and page of
-- the decision), so that every decision is announced once; a row goes when the decision no longer waits, and comes
-- back if it waits again.
CREATE TABLE decision_notice (
    username    VARCHAR(100)  NOT NULL,
    link        VARCHAR(500)  NOT NULL,
    notified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, link)
);
