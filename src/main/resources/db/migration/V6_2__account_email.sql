-- An e-mail address per account, where alerts are sent. Optional: an account without one gets alerts in the app only.
ALTER TABLE accounts ADD COLUMN email VARCHAR(254);
