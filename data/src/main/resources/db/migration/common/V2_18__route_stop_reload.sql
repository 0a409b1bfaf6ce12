-- Multi-trip: a stop where the van is back at the depot to load again between two trips. It hands over no goods
-- and is no delivery (COC schedules and statistics skip it); the stops after it belong to the next trip.
ALTER TABLE route_stop ADD COLUMN reload BOOLEAN DEFAULT FALSE NOT NULL;
