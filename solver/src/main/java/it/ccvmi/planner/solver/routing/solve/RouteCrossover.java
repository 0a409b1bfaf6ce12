package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * A child of two plans (after Nagata &amp; Kobayashi's and HGS's route-based crossovers): the first parent's routes
 * with some of the second parent's in place of their vans' routes — the second parent's routes through the
 * visits nearest a random one, from one to half of its routes. Their visits leave the first parent's other routes
 * (which keeps those within every load and timing rule), the visits the replaced routes served and the second
 * parent's routes do not are reinserted as a recreate does. A route goes to the van that drove it in its parent, so
 * vans that differ (refrigerated, capacity, shift) keep routes made for them. Only for plans without depot returns: a
 * reload taken out of a route would merge two trips.
 */
final class RouteCrossover {

    private final List<Visit> visits;
    private final Van postponed;
    private final StringRuin recreate;
    private final PlainListScorer scorer;

    RouteCrossover(List<Visit> visits, Van postponed, StringRuin recreate, PlainListScorer scorer) {
        this.visits = visits;
        this.postponed = postponed;
        this.recreate = recreate;
        this.scorer = scorer;
    }

    SearchPlan child(SearchPlan first, SearchPlan second, Random random) {
        List<Van> taken = routesTaken(second, random);
        boolean[] inTakenRoutes = new boolean[visits.size()];
        for (Van van : taken) {
            second.routes().get(van).forEach(visit -> inTakenRoutes[visit.getPlanIndex()] = true);
        }
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        VanOfVisit vanOf = first.vanOf().copy();
        RouteMeasures measures = first.measures().copy();
        List<Visit> unserved = new ArrayList<>();
        first.routes().forEach((van, firstRoute) -> {
            List<Visit> route = new ArrayList<>(firstRoute);
            boolean changed = route.removeIf(visit -> inTakenRoutes[visit.getPlanIndex()]);
            if (taken.contains(van)) {
                unserved.addAll(route);
                route = new ArrayList<>(second.routes().get(van));
                route.forEach(visit -> vanOf.put(visit, van));
                changed = true;
            }
            if (changed) {
                measures.forget(van);
            }
            routes.put(van, route);
        });
        recreate.recreate(unserved, routes, vanOf, postponed, measures, random, 0);
        return new SearchPlan(routes, vanOf, measures, scorer.score(routes, measures));
    }

    /** The second parent's routes through the visits nearest a random one: one to half of its routes. */
    private List<Van> routesTaken(SearchPlan second, Random random) {
        long routeCount = second.routes().entrySet().stream()
                .filter(route -> !route.getKey().isPostponedList() && !route.getValue().isEmpty()).count();
        int count = 1 + random.nextInt((int) Math.max(1, routeCount / 2));
        List<Van> taken = new ArrayList<>();
        for (Visit visit : recreate.nearestTo(visits.get(random.nextInt(visits.size())))) {
            Van van = second.vanOf().get(visit);
            if (!van.isPostponedList() && !taken.contains(van)) {
                taken.add(van);
                if (taken.size() == count) {
                    break;
                }
            }
        }
        return taken;
    }
}
