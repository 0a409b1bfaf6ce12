package it.ccvmi.planner.solver.routing.solve;

import static it.ccvmi.planner.solver.routing.RouteFixtures.DEPOT;
import static it.ccvmi.planner.solver.routing.RouteFixtures.van;
import static it.ccvmi.planner.solver.routing.RouteFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;
import org.junit.jupiter.api.Test;

/** The recreate's choice between vans, on the fixtures' line of sites 600 s apart (depot at site 0). */
class ReinsertionTest {

    /**
     * Van 2 serves site 1, van 1 site 3. The requester's first delivery (site 2) costs no extra driving only in van
     * 1; its second (site 1) costs none in either van, so only the convoy goal tells them apart — and only if the
     * recreate remembers where it has just put the first.
     */
    @Test
    void aSecondDeliveryForTheSameRequesterJoinsTheVanItHasJustBeenGiven() {
        Map<String, Van> placed = insertBothDeliveries(new RoutingWeights().withBalancedCrewWorkload(0), false);

        assertThat(placed.get("first").getId()).isEqualTo("v1");
        assertThat(placed.get("second").getId()).isEqualTo("v1");
    }

    /**
     * Both deliveries were just ruined out of van 2, which the visit-to-van map still names until they are placed
     * again: van 2 does not serve the requester any more, so a heavy convoy weight must not pull the first there
     * (1200 s of extra driving against none in van 1).
     */
    @Test
    void deliveriesWaitingToBeInsertedDoNotCountForTheVanTheyCameFrom() {
        Map<String, Van> placed = insertBothDeliveries(
                new RoutingWeights().withBalancedCrewWorkload(0).withRequesterOnFewVans(5000), true);

        assertThat(placed.get("first").getId()).isEqualTo("v1");
        assertThat(placed.get("second").getId()).isEqualTo("v1");
    }

    @Test
    void withoutTheConvoyGoalTheTieGoesToTheVanTriedFirst() {
        Map<String, Van> placed = insertBothDeliveries(
                new RoutingWeights().withBalancedCrewWorkload(0).withRequesterOnFewVans(0), false);

        assertThat(placed.get("first").getId()).isEqualTo("v1");
        assertThat(placed.get("second").getId()).isEqualTo("v2");
    }

    /**
     * Van 1 (100 kg, full) already stops at site 3, van 2 only at site 1: a 50 kg delivery for site 3 adds no driving
     * to van 1 but overloads it, and adds 2400 s to van 2. Strictly it goes to van 2; where overloads are priced, to
     * van 1 when 50 kg over cost less than the 2400 s saved.
     */
    @Test
    void anOverloadedTripIsTakenOnlyWherePricedBelowTheDetourItSaves() {
        assertThat(insertNextToAFullVan(0)).isEqualTo("v2");
        assertThat(insertNextToAFullVan(10)).isEqualTo("v1"); // 500 points against 2400
        assertThat(insertNextToAFullVan(100)).isEqualTo("v2"); // 5000 points against 2400
    }

    /**
     * The COC at site 1 receives 8:00–8:11 and from 10:00; the van gets there at 8:10. A second delivery for site 1
     * adds no driving before or after it, but unloaded first it makes the COC's delivery miss the morning window and
     * the crew wait until 10:00: the recreate prices the longer working day and unloads the COC's goods first.
     */
    @Test
    void aDeliveryIsNotInsertedWhereItPushesALaterStopIntoAWaitForTheNextWindow() {
        Van van = van("v1");
        ReceivingHours coc = ReceivingHours.of(TimeWindow.ofHours(8, 8 + 11 / 60.0), TimeWindow.ofHours(10, 18));
        Visit early = visit("early", "comune-1", 1, 100, TemperatureClass.AMBIENT, coc);
        Visit added = visit("added", 1, 100);
        RoutingWeights weights = new RoutingWeights();
        RoutingPlan plan = new RoutingPlan(List.of(van), List.of(early, added), weights);
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        routes.put(van, new ArrayList<>(List.of(early)));
        routes.put(plan.getPostponedList(), new ArrayList<>());
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());

        new Reinsertion(routes, vanOf, plan.getPostponedList(), null, 0, null, new InsertionCost(weights),
                new RouteMeasures(routes.size()), Reinsertion.byRequester(plan.getVisits()), 0).insertAll(List.of(added));

        assertThat(routes.get(van)).containsExactly(early, added);
    }

    /** Inserts the 50 kg delivery at site 3 (see above); returns the id of the van it went to. */
    private static String insertNextToAFullVan(double overloadPenalty) {
        Van v1 = new Van("v1", "crew 1", DEPOT, 100, 8000, false, 0, Van.NO_SHIFT_END);
        Van v2 = new Van("v2", "crew 2", DEPOT, 100, 8000, false, 0, Van.NO_SHIFT_END);
        Visit full = visit("full", 3, 100);
        Visit light = visit("light", 1, 10);
        Visit added = visit("added", 3, 50);
        RoutingWeights weights = RoutingWeights.drivingOnly();
        RoutingPlan plan = new RoutingPlan(List.of(v1, v2), List.of(full, light, added), weights);
        Map<Van, List<Visit>> routes = new LinkedHashMap<>();
        routes.put(v1, new ArrayList<>(List.of(full)));
        routes.put(v2, new ArrayList<>(List.of(light)));
        routes.put(plan.getPostponedList(), new ArrayList<>());
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());

        new Reinsertion(routes, vanOf, plan.getPostponedList(), null, 0, null, new InsertionCost(weights),
                new RouteMeasures(routes.size()), Reinsertion.byRequester(plan.getVisits()), overloadPenalty)
                .insertAll(List.of(added));

        return vanOf.get(added).getId();
    }

    /**
     * Inserts the requester's two deliveries in order; returns the van each went to, by visit id.
     *
     * @param ruinedFromVan2 whether the visit-to-van map names van 2 for both, as right after a ruin took them out
     */
    private static Map<String, Van> insertBothDeliveries(RoutingWeights weights, boolean ruinedFromVan2) {
        Van v1 = van("v1");
        Van v2 = van("v2");
        Visit other1 = visit("other-1", 1, 100);
        Visit other3 = visit("other-3", 3, 100);
        Visit first = visit("first", "comune-R", 2, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        Visit second = visit("second", "comune-R", 1, 100, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
        RoutingPlan plan = new RoutingPlan(List.of(v2, v1), List.of(other1, other3, first, second), weights);
        Map<Van, List<Visit>> routes = new LinkedHashMap<>(); // van 2 is tried first
        routes.put(v2, new ArrayList<>(List.of(other1)));
        routes.put(v1, new ArrayList<>(List.of(other3)));
        routes.put(plan.getPostponedList(), new ArrayList<>());
        VanOfVisit vanOf = VanOfVisit.of(routes, plan.getVisits().size());
        if (ruinedFromVan2) {
            vanOf.put(first, v2);
            vanOf.put(second, v2);
        }

        new Reinsertion(routes, vanOf, plan.getPostponedList(), null, 0, null, new InsertionCost(weights), new RouteMeasures(routes.size()),
                Reinsertion.byRequester(plan.getVisits()), 0).insertAll(List.of(first, second));

        Map<String, Van> byId = new LinkedHashMap<>();
        plan.getVisits().forEach(visit -> byId.put(visit.getId(), vanOf.get(visit)));
        return byId;
    }
}
