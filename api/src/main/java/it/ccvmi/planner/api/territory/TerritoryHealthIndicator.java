package it.ccvmi.planner.api.territory;

import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.territory.ComuneRepository;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health is DOWN until the territory has been imported: without comuni and sites nothing can be planned. */
@Component("territory")
class TerritoryHealthIndicator implements HealthIndicator {

    private final ComuneRepository comuni;
    private final SiteRepository sites;

    TerritoryHealthIndicator(ComuneRepository comuni, SiteRepository sites) {
        this.comuni = comuni;
        this.sites = sites;
    }

    @Override
    public Health health() {
        long comuneCount = comuni.count();
        Health.Builder health = comuneCount > 0 ? Health.up() : Health.down();
        return health.withDetail("comuni", comuneCount).withDetail("sites", sites.count()).build();
    }
}
