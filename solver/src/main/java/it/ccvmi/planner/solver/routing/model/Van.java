package it.ccvmi.planner.solver.routing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A volunteer crew's van: it leaves the depot at shift start, makes its visits in order and must be back
 * by shift end. One extra, unlimited "postponed" list holds the deliveries that do not fit today
 * (OptaPlanner 10.2's list variable has no unassigned values, so they live on a list of their own).
 */
@PlanningEntity
public class Van {

    static final String VISITS = "visits";
    public static final String POSTPONED_ID = "postponed";
    /** For a van without a shift end, e.g. in the CVRP benchmarks. */
    public static final long NO_SHIFT_END = Long.MAX_VALUE / 4;

    @PlanningId
    private String id;
    private String crew;
    private Location depot;
    private long capacityKg;
    private long capacityLitres;
    private boolean refrigerated;
    private long shiftStartSecond;
    private long shiftEndSecond;
    private boolean postponedList;
    /** False only when nothing in the plan depends on time: then arrival times are not tracked at all. */
    private boolean timed = true;

    @PlanningListVariable(valueRangeProviderRefs = RoutingPlan.VISIT_RANGE)
    private List<Visit> visits = new ArrayList<>();

    /** For OptaPlanner's solution cloner. */
    public Van() {
    }

    public Van(String id, String crew, Location depot, long capacityKg, long capacityLitres, boolean refrigerated,
            long shiftStartSecond, long shiftEndSecond) {
        this(id, crew, depot, capacityKg, capacityLitres, refrigerated, shiftStartSecond, shiftEndSecond, false);
        if (POSTPONED_ID.equals(id)) {
            throw new IllegalArgumentException("Van id '" + POSTPONED_ID + "' is reserved for the postponed list");
        }
        if (capacityKg <= 0 || capacityLitres <= 0 || shiftEndSecond <= shiftStartSecond) {
            throw new IllegalArgumentException("Van " + id + " needs positive capacities and a shift that ends after it starts");
        }
    }

    private Van(String id, String crew, Location depot, long capacityKg, long capacityLitres, boolean refrigerated,
            long shiftStartSecond, long shiftEndSecond, boolean postponedList) {
        this.id = Objects.requireNonNull(id, "id");
        this.crew = Objects.requireNonNull(crew, "crew");
        this.depot = Objects.requireNonNull(depot, "depot");
        this.capacityKg = capacityKg;
        this.capacityLitres = capacityLitres;
        this.refrigerated = refrigerated;
        this.shiftStartSecond = shiftStartSecond;
        this.shiftEndSecond = shiftEndSecond;
        this.postponedList = postponedList;
    }

    /** The list of deliveries left for another day; it has no capacity, no shift and no driving. */
    public static Van postponedList(Location depot) {
        return new Van(POSTPONED_ID, "-", depot, Long.MAX_VALUE, Long.MAX_VALUE, true, 0, NO_SHIFT_END, true);
    }

    public String getId() {
        return id;
    }

    public String getCrew() {
        return crew;
    }

    public Location getDepot() {
        return depot;
    }

    public long getCapacityKg() {
        return capacityKg;
    }

    public long getCapacityLitres() {
        return capacityLitres;
    }

    public boolean isRefrigerated() {
        return refrigerated;
    }

    public long getShiftStartSecond() {
        return shiftStartSecond;
    }

    public long getShiftEndSecond() {
        return shiftEndSecond;
    }

    public boolean hasShiftEnd() {
        return shiftEndSecond < NO_SHIFT_END;
    }

    public boolean isTimed() {
        return timed;
    }

    void setTimed(boolean timed) {
        this.timed = timed;
    }

    public boolean isPostponedList() {
        return postponedList;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
