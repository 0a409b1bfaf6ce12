package it.ccvmi.planner.solver.routing.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.model.Visit;

/**
 * Depot returns offered to the solver: {@code reloadsPerVan} reload stops per van, each taking {@code reloadTime}
 * at the depot, after which the van starts a new trip with its full capacity. They are a pool (any van may use
 * any of them); the solver uses one only where it serves more deliveries, the rest stay unused at no cost.
 *
 * @param reloadsPerVan how many reloads the plan offers per van (0: every van makes one trip)
 * @param reloadTime    back at the depot until leaving again
 */
public record MultiTrip(int reloadsPerVan, Duration reloadTime) {

    /** One trip per van, as before multi-trip (the benchmarks, or a planner who wants it). */
    public static final MultiTrip OFF = new MultiTrip(0, Duration.ZERO);

    /**
     * Up to two reloads per van (a 9–18 shift in the metro area has room for three short trips at most), 25
     * minutes each: check-in and paperwork plus loading pallets the warehouse prepared while the van was out
     * with a pallet truck — quicker than the hand unloading at a COC ({@link ServiceTimeRule#DEFAULT}: 10 min +
     * 1 min per 25 kg, 50 min for a full tonne), slower than a bare turnaround.
     */
    public static final MultiTrip DEFAULT = new MultiTrip(2, Duration.ofMinutes(25));

    public MultiTrip {
        if (reloadsPerVan < 0 || reloadTime.isNegative()) {
            throw new IllegalArgumentException("Multi-trip needs a non-negative number of reloads and reload time");
        }
    }

    public boolean isOn() {
        return reloadsPerVan > 0;
    }

    /** The reload stops for this fleet, all at the first van's depot (the day has one depot). */
    public List<Visit> reloads(List<Van> vans) {
        List<Visit> reloads = new ArrayList<>();
        if (vans.isEmpty()) {
            return reloads;
        }
        for (int i = 1; i <= reloadsPerVan * vans.size(); i++) {
            reloads.add(Visit.reload("reload-" + i, vans.get(0).getDepot(), reloadTime.toSeconds()));
        }
        return reloads;
    }
}
