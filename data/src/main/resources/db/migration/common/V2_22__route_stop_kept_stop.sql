-- Re-planning: a stop of a re-planned version that keeps a stop of the version it re-plans (done or under way, pinned
-- as it was) points at it, so that publishing the re-plan carries the crew's confirmation of that stop over and does
-- not reserve again the units already handed over.
ALTER TABLE route_stop ADD COLUMN kept_stop_id BIGINT REFERENCES route_stop (id);
