-- The language a user chose for the interface (issue 15): a language tag of a bundle the interface has (en, ru), or
-- NULL when the user has not chosen and the browser's Accept-Language decides.
ALTER TABLE accounts ADD COLUMN interface_language VARCHAR(8);
