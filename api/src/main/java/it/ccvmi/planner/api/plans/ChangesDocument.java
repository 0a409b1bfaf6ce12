package it.ccvmi.planner.api.plans;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a re-planned version changes against the version it re-planned (the day's published version then): the sites
 * whose arrival moved by more than {@value VersionChanges#ETA_MINUTES} minutes, the requests now carried by another
 * van, the units now postponed and the units added to the routes (urgent requests, or postponed ones now placed).
 */
public record ChangesDocument(LocalDate date, int number, int comparedWith, List<EtaChange> etaMoved,
        List<VanChange> movedToAnotherVan, List<UnitsChange> postponed, List<UnitsChange> added) {

    /** A site's first arrival of the day, before and after; {@code minutes} later (negative: earlier). */
    public record EtaChange(long siteId, String siteName, String comuneIstat, LocalTime before, LocalTime after,
            long minutes) {
    }

    /** A request's goods on other vans than before. */
    public record VanChange(long requestId, long siteId, String siteName, String comuneIstat, String goodsCode,
            List<Long> fromVehicleIds, List<Long> toVehicleIds) {
    }

    /** Units of a request that left the routes (postponed) or joined them (added). */
    public record UnitsChange(long requestId, long siteId, String siteName, String comuneIstat, String goodsCode,
            int units) {
    }
}
