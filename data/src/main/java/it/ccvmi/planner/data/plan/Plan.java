package it.ccvmi.planner.data.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The plan of one delivery date: a sequence of numbered versions, each a complete split and set of routes. */
@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate deliveryDate;

    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    protected Plan() {
    }

    public Plan(LocalDate deliveryDate, Clock clock) {
        this.deliveryDate = deliveryDate;
        this.createdAt = OffsetDateTime.now(clock);
    }

    /** Starts the next version (numbered from 1) as a draft. */
    public PlanVersion newVersion(Clock clock) {
        PlanVersion version = new PlanVersion(this, versions.size() + 1, clock);
        versions.add(version);
        return version;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<PlanVersion> getVersions() {
        return List.copyOf(versions);
    }
}
