-- Who wrote an item (the analysis contract's optional author), normalised by org.vigil.shared.Author: the handle on
-- its platform identifies the account; persons of interest are followed by it.
ALTER TABLE item ADD COLUMN author_handle VARCHAR(100);
ALTER TABLE item ADD COLUMN author_name VARCHAR(200);
ALTER TABLE item ADD COLUMN author_platform VARCHAR(40);
ALTER TABLE item ADD COLUMN author_url VARCHAR(2048);
CREATE INDEX item_author ON item (author_platform, author_handle);
