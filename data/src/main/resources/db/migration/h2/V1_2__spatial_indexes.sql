-- H2 R-tree indexes; used by the && (bounding-box) operator of the spatial queries.
CREATE SPATIAL INDEX comune_boundary_sidx ON comune (boundary);
CREATE SPATIAL INDEX site_location_sidx ON site (location);
