-- A re-plan of a published day (issue 14) names the version it started from, so its differences can be listed.
ALTER TABLE plan_version ADD COLUMN replanned_from INTEGER;
