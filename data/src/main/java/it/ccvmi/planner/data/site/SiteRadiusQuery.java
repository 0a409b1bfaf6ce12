package it.ccvmi.planner.data.site;

import java.util.List;

/** Radius search in metres, the same on PostGIS and H2GIS. */
public interface SiteRadiusQuery {

    /** Sites within {@code radiusMetres} of the lon/lat point, nearest first. */
    List<SiteAtDistance> findWithinMetres(double lon, double lat, double radiusMetres);
}
