package it.ccvmi.planner.planning.scenario;

import it.ccvmi.planner.planning.day.PlanningDay.VehicleLine;
import it.ccvmi.planner.planning.day.VehicleId;
import it.ccvmi.planner.planning.scenario.ScenarioInput.ComuneFacts;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A volunteer fleet for the day: common van models of civil-protection associations, about a third
 * refrigerated (dairy and vaccine kits travel chilled), run by organisations of the bigger comuni.
 */
final class FleetGenerator {

    /** A van model: name, payload kg, load volume m³, refrigerated. */
    private record Model(String name, double kg, double m3, boolean refrigerated) {
    }

    private static final List<Model> DRY_VANS = List.of(new Model("Ducato", 1_200, 10.0, false),
            new Model("Transit Custom", 900, 6.0, false), new Model("Doblò", 600, 3.4, false));
    private static final List<Model> REFRIGERATED_VANS = List.of(new Model("Daily isotermico", 1_000, 8.0, true),
            new Model("Doblò frigo", 500, 2.8, true));
    /** A van makes this many stops in a shift across the metropolitan area. */
    private static final int STOPS_PER_VAN = 9;
    private static final int MIN_VANS = 3;

    private final SplittableRandom random;
    private final List<ComuneFacts> comuni;

    FleetGenerator(SplittableRandom random, List<ComuneFacts> comuni) {
        this.random = random;
        this.comuni = comuni;
    }

    /**
     * Vans for the day: added until they can carry everything (with 5 % slack) and have at most
     * {@value #STOPS_PER_VAN} stops each; every third van is refrigerated, starting with the first.
     */
    List<VehicleLine> fleet(double deliverableKg, long stops) {
        List<VehicleLine> fleet = new ArrayList<>();
        double capacityKg = 0;
        while (fleet.size() < MIN_VANS || capacityKg < deliverableKg * 1.05 || fleet.size() * STOPS_PER_VAN < stops) {
            int number = fleet.size() + 1;
            List<Model> models = number % 3 == 1 ? REFRIGERATED_VANS : DRY_VANS;
            Model model = models.get(random.nextInt(models.size()));
            LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(3));
            LocalTime end = random.nextDouble() < 0.2 ? LocalTime.of(13, 0) : LocalTime.of(17, 0).plusMinutes(30L * random.nextInt(3));
            fleet.add(new VehicleLine(new VehicleId(number), organisation(), model.name() + " " + number, model.kg(), model.m3(),
                    model.refrigerated(), start, end));
            capacityKg += model.kg();
        }
        return fleet;
    }

    /** An organisation from a comune picked with probability proportional to the square root of its population. */
    private String organisation() {
        double total = comuni.stream().mapToDouble(comune -> Math.sqrt(comune.population())).sum();
        double pick = random.nextDouble() * total;
        for (ComuneFacts comune : comuni) {
            pick -= Math.sqrt(comune.population());
            if (pick <= 0) {
                return "Gruppo Comunale Volontari Protezione Civile " + comune.name();
            }
        }
        return "Gruppo Comunale Volontari Protezione Civile " + comuni.get(comuni.size() - 1).name();
    }
}
