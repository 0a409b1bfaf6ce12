package it.ccvmi.planner.benchmarks.quality;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * A CVRPLIB or Solomon instance, node 0 being the depot. Times (Solomon only) are in the same integer
 * units as distances, since there travel time equals distance.
 *
 * @param vehicles     vans offered to the solver
 * @param exactRoutes  routes a solution must have for its cost to compare with the BKS (A, B, P sets: k);
 *                     0 when any number up to {@code vehicles} is allowed
 * @param readyTimes   per node, null for plain CVRP
 * @param dueTimes     per node (node 0: the depot's closing time), null for plain CVRP
 * @param serviceTimes per node, null for plain CVRP
 */
record BenchmarkInstance(String name, DistanceRule rule, double[] x, double[] y, long[] demands, long capacity,
        int vehicles, int exactRoutes, long[] readyTimes, long[] dueTimes, long[] serviceTimes) {

    int size() {
        return x.length;
    }

    boolean hasTimeWindows() {
        return dueTimes != null;
    }

    ArrayTravelMatrix matrix() {
        int n = size();
        long[] costs = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                costs[from * n + to] = rule.cost(x[from] - x[to], y[from] - y[to]);
            }
        }
        // Travel time equals distance in both benchmark families.
        return ArrayTravelMatrix.of(n, costs, costs);
    }

    /**
     * The instance as a routing plan of the production model: demand becomes kg, volume never binds,
     * and only driving counts among the soft goals.
     */
    RoutingPlan toPlan() {
        ArrayTravelMatrix matrix = matrix();
        Location depot = new Location(0, matrix);
        long shiftEnd = hasTimeWindows() ? dueTimes[0] : Van.NO_SHIFT_END;
        List<Van> vans = new ArrayList<>();
        for (int v = 1; v <= vehicles; v++) {
            vans.add(new Van("v" + v, "crew " + v, depot, capacity, Long.MAX_VALUE / 4, true, 0, shiftEnd));
        }
        List<Visit> visits = new ArrayList<>();
        for (int node = 1; node < size(); node++) {
            ReceivingHours hours = hasTimeWindows()
                    ? ReceivingHours.of(new TimeWindow(readyTimes[node], dueTimes[node]))
                    : ReceivingHours.ANY_TIME;
            long service = serviceTimes == null ? 0 : serviceTimes[node];
            visits.add(new Visit(Integer.toString(node), new RequestId(node), Integer.toString(node), "demand", demands[node],
                    new Location(node, matrix), demands[node], 0, TemperatureClass.AMBIENT, DeliveryPriority.FOOD, service, hours,
                    // Any medium cost outranks all driving: customers are left out only when they cannot fit.
                    1));
        }
        return new RoutingPlan(vans, visits, RoutingWeights.drivingOnly());
    }
}
