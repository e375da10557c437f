-- Kafka transport (vigil.transport=kafka): the relay publishes each outbox row's item id to the topic and records
-- here when the broker acknowledged it. The row itself stays until an analyser has stored the item's signal, so the
-- outbox still lists every accepted item not yet analysed, whichever the transport.
ALTER TABLE item_outbox ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX item_outbox_unsent ON item_outbox (sent_at, item_id);
