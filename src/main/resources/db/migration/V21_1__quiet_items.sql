-- Quiet items (docs/ingestion-pipeline.md, "Quiet items"): analysed, kept and searchable, but no signal. The flag
-- says why an analysed item has no signal row; the detected language lets the item search filter by it.
ALTER TABLE item ADD COLUMN quiet BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE item ADD COLUMN analysed_language VARCHAR(35);
