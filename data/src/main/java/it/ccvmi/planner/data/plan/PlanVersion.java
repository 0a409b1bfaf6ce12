package it.ccvmi.planner.data.plan;

import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.request.DeliveryRequest;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One version of a plan: the allocation of units to requests and the van routes delivering them. */
@Entity
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int number;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    /** The solver's score, as text (e.g. {@code 0hard/-1234soft}). */
    private String score;

    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Allocation> allocations = new ArrayList<>();

    @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Route> routes = new ArrayList<>();

    protected PlanVersion() {
    }

    PlanVersion(Plan plan, int number, Clock clock) {
        this.plan = plan;
        this.number = number;
        this.status = PlanStatus.DRAFT;
        this.createdAt = OffsetDateTime.now(clock);
    }

    public Allocation allocate(DeliveryRequest request, int units) {
        Allocation allocation = new Allocation(this, request, units);
        allocations.add(allocation);
        return allocation;
    }

    public Route addRoute(Vehicle vehicle) {
        Route route = new Route(this, vehicle);
        routes.add(route);
        return route;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getScore() {
        return score;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<Allocation> getAllocations() {
        return List.copyOf(allocations);
    }

    public List<Route> getRoutes() {
        return List.copyOf(routes);
    }
}
