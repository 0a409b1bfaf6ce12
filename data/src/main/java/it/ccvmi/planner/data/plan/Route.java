package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.locationtech.jts.geom.LineString;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** One van's tour in a plan version: leaves the depot, visits its stops in order, returns. */
@Entity
public class Route {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id")
    private PlanVersion planVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vehicle_id")
    private Vehicle vehicle;

    private LocalTime departureTime;

    private LocalTime returnTime;

    private Integer distanceMetres;

    private Integer durationSeconds;

    private BigDecimal loadKg;

    /** The road geometry depot to depot (EPSG:4326). */
    private LineString geometry;

    @OneToMany(mappedBy = "route", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<RouteStop> stops = new ArrayList<>();

    protected Route() {
    }

    Route(PlanVersion planVersion, Vehicle vehicle) {
        this.planVersion = planVersion;
        this.vehicle = vehicle;
    }

    /** Appends the next delivery stop of the tour. */
    public RouteStop addStop(Site site, LocalTime arrivalTime, LocalTime departureTime) {
        RouteStop stop = new RouteStop(this, stops.size() + 1, site, arrivalTime, departureTime, false);
        stops.add(stop);
        return stop;
    }

    /** Appends a return to the depot, where the van loads again for its next trip. */
    public RouteStop addReload(Site depot, LocalTime arrivalTime, LocalTime departureTime) {
        RouteStop stop = new RouteStop(this, stops.size() + 1, depot, arrivalTime, departureTime, true);
        stops.add(stop);
        return stop;
    }

    public void setTimes(LocalTime departureTime, LocalTime returnTime, Integer distanceMetres) {
        this.departureTime = departureTime;
        this.returnTime = returnTime;
        this.distanceMetres = distanceMetres;
    }

    public void setDrive(Integer durationSeconds, BigDecimal loadKg, LineString geometry) {
        this.durationSeconds = durationSeconds;
        this.loadKg = loadKg;
        this.geometry = geometry;
    }

    public Long getId() {
        return id;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public LocalTime getDepartureTime() {
        return departureTime;
    }

    public LocalTime getReturnTime() {
        return returnTime;
    }

    public Integer getDistanceMetres() {
        return distanceMetres;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public BigDecimal getLoadKg() {
        return loadKg;
    }

    public LineString getGeometry() {
        return geometry;
    }

    public List<RouteStop> getStops() {
        return List.copyOf(stops);
    }
}
