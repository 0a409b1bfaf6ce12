package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import it.ccvmi.planner.solver.routing.MilanDay;
import it.ccvmi.planner.solver.routing.build.MultiTrip;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.RouteWalk;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RouteFit.Obstacle;
import org.junit.jupiter.api.Test;

/**
 * The insertion check answers from the route's schedule (latest arrivals, or a walk that stops once a delay is
 * absorbed); it must answer as walking the whole changed route would, on routes that keep every timing rule and on
 * routes that already break one.
 */
class RouteFitTest {

    @Test
    void insertionChecksAnswerAsAWalkOfTheWholeChangedRoute() throws Exception {
        RoutingPlan plan = new RoutingSolver(SolveLimits.steps(0)).solve(MilanDay.generate(MilanDay.dataDir(), 3, 8, 10));
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        int allowed = 0;
        int routesAlreadyLate = 0;
        for (Van van : plan.getRealVans()) {
            List<Visit> late = new ArrayList<>(van.getVisits());
            Collections.reverse(late); // the same stops in reverse order: windows missed, so the walk goes on
            for (List<Visit> route : List.of(van.getVisits(), late)) {
                RouteFit.Schedule schedule = RouteFit.Schedule.of(van, route);
                routesAlreadyLate += schedule.timing().latenessSeconds() > 0 ? 1 : 0;
                for (Visit visit : everyFifth(plan.getVisits())) {
                    if (route.contains(visit) || visit.isReload()) {
                        continue;
                    }
                    for (int position = 0; position <= route.size(); position++) {
                        Obstacle checked = RouteFit.scheduleObstacle(van, route, schedule, visit, position);
                        assertThat(checked).as("%s at %d of %s", visit, position, van)
                                .isEqualTo(walkedObstacle(van, route, withInserted(route, position, visit)));
                        if (checked == null) {
                            allowed++;
                        } else {
                            obstacles.add(checked);
                        }
                    }
                }
            }
        }
        assertThat(allowed).as("insertions that fit").isPositive();
        assertThat(obstacles).containsExactly(Obstacle.WINDOW, Obstacle.SHIFT_END);
        assertThat(routesAlreadyLate).as("routes checked by walking on").isPositive();
    }

    @Test
    void newTripChecksAnswerAsAWalkOfTheWholeChangedRoute() throws Exception {
        RoutingPlan plan = new RoutingSolver(SolveLimits.steps(0)).solve(MilanDay.generate(MilanDay.dataDir(), 3, 8, 10));
        Visit reload = MultiTrip.DEFAULT.reloads(plan.getRealVans()).get(0);
        int checks = 0;
        for (Van van : plan.getRealVans()) {
            List<Visit> route = van.getVisits();
            RouteFit.Schedule schedule = RouteFit.Schedule.of(van, route);
            for (Visit visit : everyFifth(plan.getVisits())) {
                for (int position = 1; position <= route.size() && !route.contains(visit); position++) {
                    List<Visit> changed = withInserted(withInserted(route, position, visit), position, reload);
                    assertThat(RouteFit.scheduleObstacleOnNewTrip(van, route, schedule, reload, visit, position))
                            .as("%s on a new trip at %d of %s", visit, position, van)
                            .isEqualTo(walkedObstacle(van, route, changed));
                    checks++;
                }
            }
        }
        assertThat(checks).isPositive();
    }

    @Test
    void tripLoadsAfterAnInsertionAreThoseOfTheChangedRoute() throws Exception {
        RoutingPlan plan = new RoutingSolver(SolveLimits.steps(0)).solve(MilanDay.generate(MilanDay.dataDir(), 3, 8, 10));
        Visit reload = MultiTrip.DEFAULT.reloads(plan.getRealVans()).get(0);
        int checked = 0;
        for (Van van : plan.getRealVans()) {
            List<Visit> route = new ArrayList<>(van.getVisits());
            route.removeIf(Visit::isReload);
            route.add(route.size() / 2, reload); // two trips: a delivery joins the one its position is in
            RouteFit.TripLoads loads = RouteFit.TripLoads.of(route);
            for (Visit visit : everyFifth(plan.getVisits())) {
                if (route.contains(visit) || visit.isReload()) {
                    continue;
                }
                for (int position = 0; position <= route.size(); position++) {
                    RouteFit.TripLoads updated = loads.withDeliveryAt(position, visit);
                    RouteFit.TripLoads walked = RouteFit.TripLoads.of(withInserted(route, position, visit));
                    for (int after = 0; after <= route.size() + 1; after++) {
                        assertThat(updated.tripAt(after)).as("%s at %d, trip at %d", visit, position, after)
                                .isEqualTo(walked.tripAt(after));
                    }
                    for (int trip = 0; trip < 2; trip++) {
                        assertThat(updated.kg(trip)).as("%s at %d, kg of trip %d", visit, position, trip).isEqualTo(walked.kg(trip));
                        assertThat(updated.litres(trip)).as("%s at %d, litres of trip %d", visit, position, trip)
                                .isEqualTo(walked.litres(trip));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void checksOnTightRandomRoutesAnswerAsAWalkOfTheWholeChangedRoute() {
        Random random = new Random(16);
        int allowed = 0;
        int blocked = 0;
        int cleanRoutes = 0;
        int ruledOutBySlack = 0;
        for (int round = 0; round < 300; round++) {
            RandomRoute drawn = RandomRoute.draw(random, true);
            Van van = drawn.van();
            Location depot = van.getDepot();
            List<Visit> route = drawn.visits();
            Visit extra = route.remove(route.size() - 1);
            Visit reload = route.remove(route.size() - 1);
            Visit depotReturn = Visit.reload("depot-return", depot, random.nextInt(31));
            // In order of opening, so that many routes keep every window and the latest arrivals decide.
            route.sort(Comparator.comparingLong(visit -> visit.getReceivingHours().windows().isEmpty() ? 0
                    : visit.getReceivingHours().windows().get(0).startSecond()));
            RouteFit.Schedule schedule = RouteFit.Schedule.of(van, route);
            cleanRoutes += schedule.timing().equals(new RouteFit.Timing(0, 0)) ? 1 : 0;
            for (int position = 0; position <= route.size(); position++) {
                Obstacle checked = RouteFit.scheduleObstacle(van, route, schedule, extra, position);
                assertThat(checked).as("round %d, position %d", round, position)
                        .isEqualTo(walkedObstacle(van, route, withInserted(route, position, extra)));
                allowed += checked == null ? 1 : 0;
                blocked += checked == null ? 0 : 1;
                // The slack shortcut may only rule out what the full check blocks.
                if (schedule.rulesOutDelay(position, RouteFit.extraDrivingSeconds(van, route, extra, position) + extra.getServiceSeconds())) {
                    assertThat(checked).as("round %d, ruled out at %d", round, position).isNotNull();
                    ruledOutBySlack++;
                }
                if (position > 0) {
                    Obstacle onNewTrip = walkedObstacle(van, route, withInserted(withInserted(route, position, extra), position, reload));
                    assertThat(RouteFit.scheduleObstacleOnNewTrip(van, route, schedule, reload, extra, position))
                            .as("round %d, new trip at %d", round, position).isEqualTo(onNewTrip);
                    // A depot return proper: the added driving of a new trip is measured through the depot.
                    long newTripDelay = RouteFit.extraDrivingSecondsOnNewTrip(van, route, extra, position)
                            + depotReturn.getServiceSeconds() + extra.getServiceSeconds();
                    if (schedule.rulesOutDelay(position, newTripDelay)) {
                        assertThat(walkedObstacle(van, route, withInserted(withInserted(route, position, extra), position, depotReturn)))
                                .as("round %d, new trip ruled out at %d", round, position).isNotNull();
                    }
                }
            }
        }
        assertThat(allowed).isGreaterThan(100);
        assertThat(blocked).isGreaterThan(100);
        assertThat(cleanRoutes).as("routes keeping every timing rule, checked from their latest arrivals").isBetween(30, 270);
        assertThat(ruledOutBySlack).as("positions ruled out by the slack alone").isGreaterThan(20);
    }

    /**
     * The return delay the recreate prices an insertion by is the walked one, waits absorbed or created included, and
     * the bound it screens positions with is never above it.
     */
    @Test
    void returnDelaysAreThoseOfAWalkOfTheWholeChangedRoute() {
        Random random = new Random(6);
        int absorbed = 0;
        int lengthened = 0;
        for (int round = 0; round < 300; round++) {
            RandomRoute drawn = RandomRoute.draw(random, false);
            Van van = drawn.van();
            List<Visit> route = drawn.visits();
            Visit extra = route.remove(route.size() - 1);
            Visit reload = Visit.reload("depot-return", van.getDepot(), random.nextInt(31));
            RouteFit.Schedule schedule = RouteFit.Schedule.of(van, route);
            long back = backAtDepot(van, route);
            for (int position = 0; position <= route.size(); position++) {
                long delay = schedule.returnDelay(van, route, null, extra, position);
                assertThat(delay).as("round %d, position %d", round, position)
                        .isEqualTo(backAtDepot(van, withInserted(route, position, extra)) - back);
                long added = RouteFit.extraDrivingSeconds(van, route, extra, position) + extra.getServiceSeconds();
                assertThat(schedule.leastReturnDelay(route, position, added)).as("round %d, bound at %d", round, position)
                        .isLessThanOrEqualTo(delay);
                absorbed += delay < added ? 1 : 0;
                lengthened += delay > added ? 1 : 0;
                if (position > 0) {
                    assertThat(schedule.returnDelay(van, route, reload, extra, position)).as("round %d, new trip at %d", round, position)
                            .isEqualTo(backAtDepot(van, withInserted(withInserted(route, position, extra), position, reload)) - back);
                }
            }
        }
        assertThat(absorbed).as("insertions whose delay a wait absorbs in part").isGreaterThan(100);
        assertThat(lengthened).as("insertions that push a later stop into a wait for its next window").isGreaterThan(20);
    }

    private static long backAtDepot(Van van, List<Visit> route) {
        RouteWalk walk = RouteWalk.fromDepot(van);
        route.forEach(walk::stopAt);
        return walk.backAtDepotSecond();
    }

    /** Sites on a 100 × 100 square, driving seconds the rounded distance. */
    private static ArrayTravelMatrix randomMatrix(int sites, Random random) {
        double[] x = random.doubles(sites, 0, 100).toArray();
        double[] y = random.doubles(sites, 0, 100).toArray();
        long[] seconds = new long[sites * sites];
        for (int a = 0; a < sites; a++) {
            for (int b = 0; b < sites; b++) {
                seconds[a * sites + b] = Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
            }
        }
        return ArrayTravelMatrix.of(sites, seconds, seconds);
    }

    /**
     * A van at site 0 of 5–10 random sites, its shift ending 300–1200 s after it starts if tight (never otherwise), and
     * a visit at each other site, in site order.
     */
    private record RandomRoute(Van van, List<Visit> visits) {

        static RandomRoute draw(Random random, boolean tightShift) {
            int sites = 5 + random.nextInt(6);
            ArrayTravelMatrix matrix = randomMatrix(sites, random);
            Van van = new Van("v", "crew", new Location(0, matrix), 1000, 1000, true, 0,
                    tightShift ? 300 + random.nextInt(900) : Van.NO_SHIFT_END);
            List<Visit> visits = new ArrayList<>();
            for (int site = 1; site < sites; site++) {
                visits.add(randomVisit(site, new Location(site, matrix), random));
            }
            return new RandomRoute(van, visits);
        }
    }

    /** Any time, or one or two windows (a morning and an afternoon); 0–30 s of unloading. */
    private static Visit randomVisit(int site, Location location, Random random) {
        long open = random.nextInt(300);
        ReceivingHours hours = switch (random.nextInt(3)) {
            case 0 -> ReceivingHours.ANY_TIME;
            case 1 -> ReceivingHours.of(new TimeWindow(open, open + 60 + random.nextInt(200)));
            default -> ReceivingHours.of(new TimeWindow(open, open + 60), new TimeWindow(open + 150, open + 250 + random.nextInt(200)));
        };
        return new Visit("s" + site, new RequestId(site), "r" + site, "goods", 1, location, 1, 1, TemperatureClass.AMBIENT,
                DeliveryPriority.FOOD, random.nextInt(31), hours, 1);
    }

    private static List<Visit> everyFifth(List<Visit> visits) {
        List<Visit> sample = new ArrayList<>();
        for (int i = 0; i < visits.size(); i += 5) {
            sample.add(visits.get(i));
        }
        return sample;
    }

    private static List<Visit> withInserted(List<Visit> route, int position, Visit visit) {
        List<Visit> changed = new ArrayList<>(route);
        changed.add(position, visit);
        return changed;
    }

    /** The rule the changed route breaks more than the route did: lateness first, then the shift end. */
    private static Obstacle walkedObstacle(Van van, List<Visit> route, List<Visit> changed) {
        long[] before = lateAndOverrun(van, route);
        long[] after = lateAndOverrun(van, changed);
        if (after[0] > before[0]) {
            return Obstacle.WINDOW;
        }
        return after[1] > before[1] ? Obstacle.SHIFT_END : null;
    }

    private static long[] lateAndOverrun(Van van, List<Visit> route) {
        RouteWalk walk = RouteWalk.fromDepot(van);
        long lateness = 0;
        for (Visit visit : route) {
            lateness += visit.getReceivingHours().lateness(walk.stopAt(visit));
        }
        return new long[] {lateness, Math.max(0, walk.backAtDepotSecond() - van.getShiftEndSecond())};
    }
}
