package it.ccvmi.planner.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * A published solution ({@code Route #k: c1 c2 …}). In both formats customer c is node index c of
 * {@link BenchmarkInstance} (CVRPLIB numbers customers from 1 after the depot; Solomon's depot is 0).
 */
final class SolutionFile {

    private SolutionFile() {
    }

    static List<List<Integer>> readRoutes(Path file) throws IOException {
        List<List<Integer>> routes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("Route")) {
                continue;
            }
            String[] customers = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
            List<Integer> route = new ArrayList<>();
            for (String customer : customers) {
                route.add(CvrplibReader.parseInt(file, i + 1, customer, "customer"));
            }
            routes.add(route);
        }
        if (routes.isEmpty()) {
            throw new InstanceFormatException(file, 0, "no 'Route #k:' lines");
        }
        return routes;
    }

    /** Puts the given routes into the plan's vans (visits are named by node index), for checking and costing. */
    static RoutingPlan assign(RoutingPlan plan, List<List<Integer>> routes) {
        List<Van> vans = plan.getRealVans();
        if (routes.size() > vans.size()) {
            throw new IllegalArgumentException(routes.size() + " routes for " + vans.size() + " vans");
        }
        Visit[] byNode = new Visit[plan.getVisits().size() + 1];
        for (Visit visit : plan.getVisits()) {
            byNode[visit.getLocation().index()] = visit;
        }
        for (int r = 0; r < routes.size(); r++) {
            vans.get(r).setVisits(new ArrayList<>(Arrays.asList(routes.get(r).stream().map(c -> byNode[c]).toArray(Visit[]::new))));
        }
        return plan;
    }
}
