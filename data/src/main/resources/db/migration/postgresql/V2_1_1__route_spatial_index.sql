CREATE INDEX route_geometry_sidx ON route USING GIST (geometry);
