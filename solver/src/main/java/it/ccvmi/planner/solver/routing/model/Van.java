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
 *
 * <p>Re-planning a published day: the first {@link #getPinnedCount()} visits are done or under way and never move
 * (OptaPlanner 10.2 has no pinning for list variables, so the move filter {@code PinnedPrefixFilter} and
 * ruin-and-recreate enforce it); a van {@link #isOutOfService() out of service} keeps them and takes nothing more.
 * On the postponed list the pinned visits are the refused ones.
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
    private int pinnedCount;
    private boolean outOfService;
    /** Where the van stands in its plan's list of vans (set by {@link RoutingPlan}): the search's arrays use it. */
    private int planIndex = -1;

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

    /** This van's index in {@link RoutingPlan#getVans()}, from 0 (the postponed list is last): dense, for arrays. */
    public int getPlanIndex() {
        return planIndex;
    }

    void setPlanIndex(int planIndex) {
        this.planIndex = planIndex;
    }

    /**
     * Starts the list with these visits, fixed there for the whole solve (re-planning: stops already delivered or
     * under way; on the postponed list, deliveries the site refused). Call before the plan is built.
     */
    public void pinFirst(List<Visit> fixed) {
        if (!visits.isEmpty()) {
            throw new IllegalStateException("Van " + id + ": pin the first visits before any other is placed");
        }
        visits = new ArrayList<>(fixed);
        pinnedCount = fixed.size();
    }

    /**
     * Appends these visits after the pinned ones, movable (a checkpoint of an earlier solve). Call before
     * {@link #placeListed()}.
     */
    void startWith(List<Visit> movable) {
        visits.addAll(movable);
    }

    /**
     * Sets the shadow variables of the listed visits as the solver would (inverse, previous, next, arrival), so that
     * a problem starts from placed visits: the pinned ones of a re-plan, the routes of a checkpoint.
     */
    void placeListed() {
        RouteWalk walk = RouteWalk.fromDepot(this);
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            visit.setVan(this);
            visit.setPreviousVisit(i == 0 ? null : visits.get(i - 1));
            visit.setNextVisit(i == visits.size() - 1 ? null : visits.get(i + 1));
            visit.setArrivalSecond(postponedList || !timed ? null : walk.stopAt(visit));
        }
    }

    /** Keeps the pinned visits and takes no other (a van out of service from a given time). */
    public void takeOutOfService() {
        if (postponedList) {
            throw new IllegalStateException("The postponed list cannot be taken out of service");
        }
        outOfService = true;
    }

    /** How many visits at the head of the list are fixed. */
    public int getPinnedCount() {
        return pinnedCount;
    }

    public boolean isOutOfService() {
        return outOfService;
    }

    /** Whether the visit at this index of the list may be moved. */
    public boolean isMovableAt(int index) {
        return index >= pinnedCount;
    }

    /** Whether a visit may be inserted at this index of the list. */
    public boolean acceptsAt(int index) {
        return !outOfService && index >= pinnedCount;
    }

    /** Whether anything is pinned or out of service: the solver then needs the move filter. */
    public boolean isConstrained() {
        return pinnedCount > 0 || outOfService;
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
