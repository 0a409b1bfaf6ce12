-- Optimistic locking of delivery requests: every change increments the version (the ETag of the API).
ALTER TABLE delivery_request ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
