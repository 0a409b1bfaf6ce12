-- Optimistic locking of sites, vans and stock lots, as of delivery requests (V2_3): every change increments the
-- version, which the API shows as the ETag and checks against If-Match.
ALTER TABLE site ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE vehicle ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE stock_lot ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A van the demo day generated works on that date only; NULL for the real fleet.
ALTER TABLE vehicle ADD COLUMN demo_day DATE;
