-- H2GIS: register the spatial functions (ST_Contains, ST_Transform, ...) in this database.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
