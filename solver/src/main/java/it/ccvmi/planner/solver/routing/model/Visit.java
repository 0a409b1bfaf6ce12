package it.ccvmi.planner.solver.routing.model;

import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One delivery: goods for one requester, small enough for one van. The solver places it in a van's
 * route (or on the postponed list); the shadow variables follow from that placement.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private RequestId request;
    private String requesterId;
    private String goodsCode;
    private long units;
    private Location location;
    private long kg;
    private long litres;
    private TemperatureClass temperature;
    private DeliveryPriority priority;
    private long serviceSeconds;
    private ReceivingHours receivingHours;
    private long postponementCost;
    /** A depot return to load the van again (see {@link #reload}), not a delivery. */
    private boolean reload;
    /** Where the visit stands in its plan's list of visits (set by {@link RoutingPlan}): the search's arrays use it. */
    private int planIndex = -1;

    @InverseRelationShadowVariable(sourceVariableName = Van.VISITS)
    private Van van;
    @PreviousElementShadowVariable(sourceVariableName = Van.VISITS)
    private Visit previousVisit;
    @NextElementShadowVariable(sourceVariableName = Van.VISITS)
    private Visit nextVisit;
    @ShadowVariable(variableListenerClass = ArrivalTimeUpdater.class, sourceVariableName = "van")
    @ShadowVariable(variableListenerClass = ArrivalTimeUpdater.class, sourceVariableName = "previousVisit")
    private Long arrivalSecond;
    @ShadowVariable(variableListenerClass = TripUpdater.class, sourceVariableName = "van")
    @ShadowVariable(variableListenerClass = TripUpdater.class, sourceVariableName = "previousVisit")
    private Integer trip;

    /** For OptaPlanner's solution cloner. */
    public Visit() {
    }

    /**
     * @param request          the delivery request this visit serves (all of it, or one van-load of it)
     * @param requesterId      the key of the site whose goods these are (e.g. {@code COC/015146/COC Milano}: kind,
     *                         comune ISTAT code, name): fairness and "a comune's goods on few vans" group by it
     * @param units            whole units of the goods this delivery carries (its share of the order)
     * @param serviceSeconds   unloading time (fixed part plus per-kg part, see {@code ServiceTimeRule})
     * @param postponementCost medium-level cost of leaving this delivery for another day
     */
    public Visit(String id, RequestId request, String requesterId, String goodsCode, long units, Location location,
            long kg, long litres, TemperatureClass temperature, DeliveryPriority priority, long serviceSeconds,
            ReceivingHours receivingHours, long postponementCost) {
        if (units < 0 || kg < 0 || litres < 0 || serviceSeconds < 0 || postponementCost < 0) {
            throw new IllegalArgumentException("Visit " + id + ": quantities, service time and cost must not be negative");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.request = Objects.requireNonNull(request, "request");
        this.requesterId = Objects.requireNonNull(requesterId, "requesterId");
        this.goodsCode = Objects.requireNonNull(goodsCode, "goodsCode");
        this.units = units;
        this.location = Objects.requireNonNull(location, "location");
        this.kg = kg;
        this.litres = litres;
        this.temperature = Objects.requireNonNull(temperature, "temperature");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.serviceSeconds = serviceSeconds;
        this.receivingHours = Objects.requireNonNull(receivingHours, "receivingHours");
        this.postponementCost = postponementCost;
    }

    /**
     * An optional depot return: the van drives back to its depot, is loaded again for {@code reloadSeconds}
     * and starts a new trip with its full capacity. A plan offers a few of them; one left on the postponed list
     * is simply not used and costs nothing. It carries nothing and belongs to no request.
     */
    public static Visit reload(String id, Location depot, long reloadSeconds) {
        if (reloadSeconds < 0) {
            throw new IllegalArgumentException("Reload " + id + ": reload time must not be negative");
        }
        Visit reload = new Visit();
        reload.id = Objects.requireNonNull(id, "id");
        reload.requesterId = "-";
        reload.goodsCode = "-";
        reload.location = Objects.requireNonNull(depot, "depot");
        reload.temperature = TemperatureClass.AMBIENT;
        reload.priority = DeliveryPriority.FOOD;
        reload.serviceSeconds = reloadSeconds;
        reload.receivingHours = ReceivingHours.ANY_TIME;
        reload.reload = true;
        return reload;
    }

    public String getId() {
        return id;
    }

    public boolean isReload() {
        return reload;
    }

    /** This visit's index in {@link RoutingPlan#getVisits()}, from 0: dense, so per-visit state can live in arrays. */
    public int getPlanIndex() {
        return planIndex;
    }

    void setPlanIndex(int planIndex) {
        this.planIndex = planIndex;
    }

    /** Null for a {@link #reload}. */
    public RequestId getRequest() {
        return request;
    }

    public String getRequesterId() {
        return requesterId;
    }

    public String getGoodsCode() {
        return goodsCode;
    }

    public long getUnits() {
        return units;
    }

    public Location getLocation() {
        return location;
    }

    public long getKg() {
        return kg;
    }

    public long getLitres() {
        return litres;
    }

    public TemperatureClass getTemperature() {
        return temperature;
    }

    public boolean isChilled() {
        return temperature == TemperatureClass.CHILLED;
    }

    public DeliveryPriority getPriority() {
        return priority;
    }

    public long getServiceSeconds() {
        return serviceSeconds;
    }

    public ReceivingHours getReceivingHours() {
        return receivingHours;
    }

    public long getPostponementCost() {
        return postponementCost;
    }

    public Van getVan() {
        return van;
    }

    public void setVan(Van van) {
        this.van = van;
    }

    public Visit getPreviousVisit() {
        return previousVisit;
    }

    public void setPreviousVisit(Visit previousVisit) {
        this.previousVisit = previousVisit;
    }

    public Visit getNextVisit() {
        return nextVisit;
    }

    public void setNextVisit(Visit nextVisit) {
        this.nextVisit = nextVisit;
    }

    /** Null while the visit is postponed or not yet placed, and in plans without any time rule (see {@link Van#isTimed()}). */
    public Long getArrivalSecond() {
        return arrivalSecond;
    }

    public void setArrivalSecond(Long arrivalSecond) {
        this.arrivalSecond = arrivalSecond;
    }

    /**
     * The trip this stop belongs to: 0 until the van's first depot return, then 1, ... (a reload starts the next
     * trip, it belongs to the one it ends). Null while the visit is postponed or not yet placed.
     */
    public Integer getTrip() {
        return trip;
    }

    public void setTrip(Integer trip) {
        this.trip = trip;
    }

    // ---- derived values used by the constraints ----

    /** True when the visit rides in a real van (not postponed, not unplaced). */
    public boolean isDelivered() {
        return van != null && !van.isPostponedList();
    }

    public boolean isPostponed() {
        return van != null && van.isPostponedList();
    }

    public boolean isLastStop() {
        return isDelivered() && nextVisit == null;
    }

    /** Where the van comes from: the previous stop, or the depot for the first stop. */
    public Location getOrigin() {
        return previousVisit == null ? van.getDepot() : previousVisit.getLocation();
    }

    public long getDrivingSecondsFromOrigin() {
        return getOrigin().secondsTo(location);
    }

    public long getDrivingSecondsToDepot() {
        return location.secondsTo(van.getDepot());
    }

    public long getServiceStartSecond() {
        return receivingHours.serviceStart(arrivalSecond);
    }

    public long getDepartureSecond() {
        return getServiceStartSecond() + serviceSeconds;
    }

    public long getLatenessSeconds() {
        return arrivalSecond == null ? 0 : receivingHours.lateness(arrivalSecond);
    }

    /** Seconds past the van's shift end when it gets back to the depot after this, its last stop. */
    public long getShiftOverrunSeconds() {
        if (!isLastStop() || arrivalSecond == null) {
            return 0;
        }
        return Math.max(0, getDepartureSecond() + getDrivingSecondsToDepot() - van.getShiftEndSecond());
    }

    /** Driving, waiting and unloading this stop adds to its crew's day, including the drive home after the last stop. */
    public long getWorkSeconds() {
        long previousDeparture = previousVisit == null ? van.getShiftStartSecond() : previousVisit.getDepartureSecond();
        long work = getDepartureSecond() - previousDeparture;
        return isLastStop() ? work + getDrivingSecondsToDepot() : work;
    }

    @Override
    public String toString() {
        return id;
    }
}
