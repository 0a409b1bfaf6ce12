package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which stops of a published route are done or under way when a day is re-planned, and so stay as they are: the
 * route up to its last stop that the crew has confirmed or that was planned to begin before the re-plan's time. A
 * confirmation counts whatever the stop's ETA (the van may be early), and a stop before a confirmed one was driven
 * past even if nobody confirmed it yet.
 */
@Component
class DoneStops {

    /** The route's stops done or under way at {@code at}, in order: always a prefix of the route. */
    List<RouteStop> of(Route route, LocalTime at, Set<Long> confirmedStopIds) {
        List<RouteStop> stops = route.getStops();
        int done = 0;
        for (int index = 0; index < stops.size(); index++) {
            RouteStop stop = stops.get(index);
            if (stop.getArrivalTime().isBefore(at) || confirmedStopIds.contains(stop.getId())) {
                done = index + 1;
            }
        }
        return stops.subList(0, done);
    }
}
