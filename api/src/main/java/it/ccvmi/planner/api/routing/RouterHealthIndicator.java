package it.ccvmi.planner.api.routing;

import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.RouterDescription;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in /actuator/health which router gives the travel times (a straight-line router means estimates). */
@Component // "routerHealthIndicator": shown as the "router" component of the health
class RouterHealthIndicator implements HealthIndicator {

    private final Router router;

    RouterHealthIndicator(Router router) {
        this.router = router;
    }

    @Override
    public Health health() {
        RouterDescription description = router.description();
        return Health.up().withDetail("name", description.name()).withDetail("dataSource", description.dataSource())
                .withDetail("profile", description.profile()).build();
    }
}
