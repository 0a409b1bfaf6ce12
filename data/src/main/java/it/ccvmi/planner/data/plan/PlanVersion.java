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

    private OffsetDateTime publishedAt;

    private String publishedBy;

    /** The result document (JSON): fairness summary, score analysis, unassigned deliveries with reasons. */
    private String resultJson;

    /** The number of the published version this one re-plans (after a van breakdown, a refusal, an urgent request). */
    private Integer replannedFrom;

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
        return allocate(request, units, null);
    }

    /** @param reason why the request got this many units (the fair split's explanation) */
    public Allocation allocate(DeliveryRequest request, int units, String reason) {
        Allocation allocation = new Allocation(this, request, units, reason);
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

    public void setResultJson(String resultJson) {
        this.resultJson = resultJson;
    }

    /** Makes this draft the published version of its day; the caller supersedes the previous one. */
    public void publish(String publisher, Clock clock) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("version " + number + " is " + status + ", only a draft can be published");
        }
        this.status = PlanStatus.PUBLISHED;
        this.publishedBy = publisher;
        this.publishedAt = OffsetDateTime.now(clock);
    }

    /** Marks a published version as replaced by a newer one; it stays readable. */
    public void supersede() {
        if (status != PlanStatus.PUBLISHED) {
            throw new IllegalStateException("version " + number + " is " + status + ", only a published one is superseded");
        }
        this.status = PlanStatus.SUPERSEDED;
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

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** Marks this version as a re-plan of the day's version {@code number}. */
    public void replans(int number) {
        this.replannedFrom = number;
    }

    /** The version this one re-plans, or null for a plan made from scratch. */
    public Integer getReplannedFrom() {
        return replannedFrom;
    }

    public String getResultJson() {
        return resultJson;
    }

    public List<Allocation> getAllocations() {
        return List.copyOf(allocations);
    }

    public List<Route> getRoutes() {
        return List.copyOf(routes);
    }
}
