package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which stops of a published route are delivered or under way when a day is re-planned, and so stay as they are: for
 * now the stops whose planned arrival (ETA) is before the re-plan's time. The one place to decide it: when crews
 * confirm their stops, a confirmed stop counts as done whatever its ETA, and the route's prefix up to its last
 * confirmed or started stop stays.
 */
@Component
class DoneStops {

    /** The route's stops done or under way at {@code at}, in order: always a prefix of the route. */
    List<RouteStop> of(Route route, LocalTime at) {
        List<RouteStop> stops = route.getStops();
        int done = 0;
        while (done < stops.size() && stops.get(done).getArrivalTime().isBefore(at)) {
            done++;
        }
        return stops.subList(0, done);
    }
}
