package it.ccvmi.planner.solver.routing;

import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * A tiny world for constraint tests: depot 0 and sites 1–3 on a line, 600 s (10 km) apart each, and
 * helpers that place visits in a van with every shadow variable set as the solver would.
 */
public final class RouteFixtures {

    public static final long HOUR = 3600;
    public static final ArrayTravelMatrix MATRIX = line(4, 600, 10_000);
    public static final Location DEPOT = new Location(0, MATRIX);

    private RouteFixtures() {
    }

    /** Locations 0..n-1 on a line, {@code seconds} and {@code metres} between neighbours. */
    public static ArrayTravelMatrix line(int n, long seconds, long metres) {
        long[] s = new long[n * n];
        long[] m = new long[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                s[a * n + b] = Math.abs(a - b) * seconds;
                m[a * n + b] = Math.abs(a - b) * metres;
            }
        }
        return ArrayTravelMatrix.of(n, s, m);
    }

    /** A dry van, 1000 kg, 8000 L, shift 8:00–18:00. */
    public static Van van(String id) {
        return van(id, 1000, 8000, false);
    }

    public static Van van(String id, long kg, long litres, boolean refrigerated) {
        return new Van(id, "crew " + id, DEPOT, kg, litres, refrigerated, 8 * HOUR, 18 * HOUR);
    }

    public static Visit visit(String id, int site, long kg) {
        return visit(id, "req-" + id, site, kg, TemperatureClass.AMBIENT, ReceivingHours.ANY_TIME);
    }

    public static Visit visit(String id, String requester, int site, long kg, TemperatureClass temperature, ReceivingHours hours) {
        return new Visit(id, new RequestId(site), requester, "food", kg, new Location(site, MATRIX), kg, kg * 2, temperature,
                DeliveryPriority.FOOD, 300, hours, kg);
    }

    /** A 25-minute depot return. */
    public static Visit reload(String id) {
        return Visit.reload(id, DEPOT, 1500);
    }

    public static ReceivingHours window(double fromHour, double toHour) {
        return ReceivingHours.of(TimeWindow.ofHours(fromHour, toHour));
    }

    /** Puts the visits in the van's list in order and sets inverse, previous, next, trip and arrival times. */
    public static Van route(Van van, Visit... visits) {
        van.setVisits(new ArrayList<>(List.of(visits)));
        long clock = van.getShiftStartSecond();
        Location here = van.getDepot();
        int trip = 0;
        for (int i = 0; i < visits.length; i++) {
            Visit visit = visits[i];
            visit.setVan(van);
            visit.setPreviousVisit(i == 0 ? null : visits[i - 1]);
            visit.setNextVisit(i == visits.length - 1 ? null : visits[i + 1]);
            visit.setArrivalSecond(van.isPostponedList() ? null : clock + here.secondsTo(visit.getLocation()));
            visit.setTrip(van.isPostponedList() ? null : trip);
            if (visit.isReload()) {
                trip++;
            }
            if (!van.isPostponedList()) {
                clock = visit.getDepartureSecond();
                here = visit.getLocation();
            }
        }
        return van;
    }
}
