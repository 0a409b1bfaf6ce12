package it.ccvmi.planner.solver.routing.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One day's routing problem and, once solved, its routes: the vans (plus the postponed list) and the visits. */
@PlanningSolution
public class RoutingPlan {

    static final String VISIT_RANGE = "visitRange";

    @PlanningEntityCollectionProperty
    private List<Van> vans;
    // Visits are entities only for their shadow variables; OptaPlanner 10.2 reaches them through the vans'
    // lists and must not see them as list owners, hence a fact collection.
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = VISIT_RANGE)
    private List<Visit> visits;
    @ConstraintConfigurationProvider
    private RoutingWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's solution cloner. */
    public RoutingPlan() {
    }

    /**
     * @param vans   the real vans; the postponed list is added here, at the end
     * @param visits every delivery of the day, unplaced but for those pinned in a van ({@link Van#pinFirst})
     */
    public RoutingPlan(List<Van> vans, List<Visit> visits, RoutingWeights weights) {
        this(vans, visits, List.of(), weights);
    }

    /**
     * A re-planning problem: some vans' first visits are pinned ({@link Van#pinFirst}), and {@code refused} are
     * pinned on the postponed list (a site refused them: they stay there).
     *
     * @param visits every delivery of the day, the pinned and refused ones included
     */
    public RoutingPlan(List<Van> vans, List<Visit> visits, List<Visit> refused, RoutingWeights weights) {
        if (vans.isEmpty()) {
            throw new IllegalArgumentException("A routing plan needs at least one van");
        }
        requireUniqueIds(vans.stream().map(Van::getId).toList(), "van");
        requireUniqueIds(visits.stream().map(Visit::getId).toList(), "visit");
        this.vans = new ArrayList<>(vans);
        Van postponed = Van.postponedList(vans.get(0).getDepot());
        postponed.pinFirst(refused);
        this.vans.add(postponed);
        this.visits = new ArrayList<>(visits);
        // Construction inserts visits in this order: most costly to postpone first, so that kits and
        // medicines get the room and the best slots before food fills the vans.
        this.visits.sort(Comparator.comparingLong(Visit::getPostponementCost).reversed().thenComparing(Visit::getId));
        this.weights = Objects.requireNonNull(weights, "weights");
        // Tracking arrival times costs every move a walk down the rest of the route: skip it when no rule needs them.
        boolean timed = vans.stream().anyMatch(Van::hasShiftEnd)
                || visits.stream().anyMatch(visit -> !visit.getReceivingHours().windows().isEmpty())
                || weights.countsCrewBalance();
        this.vans.forEach(van -> van.setTimed(timed));
        for (int i = 0; i < this.vans.size(); i++) {
            this.vans.get(i).setPlanIndex(i);
        }
        for (int i = 0; i < this.visits.size(); i++) {
            this.visits.get(i).setPlanIndex(i);
        }
        this.vans.forEach(Van::placeListed);
    }

    /** Whether some visit may move and some van may take it: false when a re-plan has pinned everything. */
    public boolean hasFreedom() {
        int pinned = vans.stream().mapToInt(Van::getPinnedCount).sum();
        return pinned < visits.size() && getRealVans().stream().anyMatch(van -> !van.isOutOfService());
    }

    /** The visit ids of every list by van id, the postponed list included: the routes as a checkpoint keeps them. */
    public Map<String, List<String>> visitOrder() {
        Map<String, List<String>> order = new LinkedHashMap<>();
        vans.forEach(van -> order.put(van.getId(), van.getVisits().stream().map(Visit::getId).toList()));
        return order;
    }

    /**
     * Places the visits where a checkpoint of an earlier solve of the same day had them ({@link #visitOrder()}),
     * after the pinned ones, so that the solve goes on from there: the construction only places what is left.
     * Ids this plan does not know (the day's data changed since) and visits already placed are skipped.
     */
    public void startFrom(Map<String, List<String>> visitOrder) {
        Map<String, Visit> byId = new HashMap<>();
        visits.forEach(visit -> byId.put(visit.getId(), visit));
        vans.forEach(van -> van.getVisits().forEach(placed -> byId.remove(placed.getId())));
        for (Van van : vans) {
            List<Visit> route = visitOrder.getOrDefault(van.getId(), List.of()).stream().map(byId::remove)
                    .filter(Objects::nonNull).toList();
            if (!van.isOutOfService()) {
                van.startWith(route);
            }
        }
        vans.forEach(Van::placeListed);
    }

    /** Whether any van has pinned visits or is out of service: a re-planning problem. */
    public boolean isConstrained() {
        return vans.stream().anyMatch(Van::isConstrained);
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Duplicate " + what + " id " + id);
            }
        }
    }

    /** Every van including the postponed list (last). */
    public List<Van> getVans() {
        return vans;
    }

    public List<Van> getRealVans() {
        return vans.stream().filter(van -> !van.isPostponedList()).toList();
    }

    public Van getPostponedList() {
        return vans.get(vans.size() - 1);
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public RoutingWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
