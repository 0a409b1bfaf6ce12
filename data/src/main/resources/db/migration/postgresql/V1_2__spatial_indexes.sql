CREATE INDEX comune_boundary_sidx ON comune USING GIST (boundary);
CREATE INDEX site_location_sidx ON site USING GIST (location);
