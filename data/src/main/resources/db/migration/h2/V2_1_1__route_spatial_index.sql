CREATE SPATIAL INDEX route_geometry_sidx ON route (geometry);
