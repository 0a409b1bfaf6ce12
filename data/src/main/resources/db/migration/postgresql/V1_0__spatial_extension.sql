-- PostGIS is normally created by the provisioning script (needs a superuser); this is a no-op then.
CREATE EXTENSION IF NOT EXISTS postgis;
