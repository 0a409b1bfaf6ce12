package it.ccvmi.planner.data.fleet;

import it.ccvmi.planner.data.site.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A volunteer van: its organisation, capacity, refrigeration and today's shift. Natural key: organisation + label. */
@Entity
public class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisation;

    private String label;

    private BigDecimal capacityKg;

    private BigDecimal capacityM3;

    private boolean refrigerated;

    private LocalTime shiftStart;

    private LocalTime shiftEnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_depot_id")
    private Site homeDepot;

    /** Set on a van the demo day generated: it works on that date only and is not part of the real fleet. */
    private LocalDate demoDay;

    /** Optimistic locking: every change increments it (the ETag of the API). */
    @Version
    private long version;

    protected Vehicle() {
    }

    public Vehicle(String organisation, String label) {
        this.organisation = Objects.requireNonNull(organisation);
        this.label = Objects.requireNonNull(label);
    }

    /** Sets everything but the natural key; values equal to the current ones leave the entity clean. */
    public void update(BigDecimal capacityKg, BigDecimal capacityM3, boolean refrigerated, LocalTime shiftStart,
            LocalTime shiftEnd, Site homeDepot) {
        if (!shiftStart.isBefore(shiftEnd)) {
            throw new IllegalArgumentException("shift must start before it ends: " + shiftStart + "-" + shiftEnd);
        }
        if (this.capacityKg == null || this.capacityKg.compareTo(capacityKg) != 0) {
            this.capacityKg = capacityKg;
        }
        if (this.capacityM3 == null || this.capacityM3.compareTo(capacityM3) != 0) {
            this.capacityM3 = capacityM3;
        }
        this.refrigerated = refrigerated;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.homeDepot = Objects.requireNonNull(homeDepot);
    }

    /** Marks a van generated for the demo day of {@code date}: other dates do not see it. */
    public void markDemoVan(LocalDate date) {
        this.demoDay = Objects.requireNonNull(date);
    }

    /** Whether the van can work on the date: a real van always, a demo van only on its demo day. */
    public boolean worksOn(LocalDate date) {
        return demoDay == null || demoDay.equals(date);
    }

    /** Why a demo van does not work on other days, in the words the API and the pages show. */
    public String demoDayOnlyMessage() {
        return "il furgone " + label + " è dimostrativo del " + demoDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " e non lavora in altri giorni";
    }

    public LocalDate getDemoDay() {
        return demoDay;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getCapacityKg() {
        return capacityKg;
    }

    public BigDecimal getCapacityM3() {
        return capacityM3;
    }

    public boolean isRefrigerated() {
        return refrigerated;
    }

    public LocalTime getShiftStart() {
        return shiftStart;
    }

    public LocalTime getShiftEnd() {
        return shiftEnd;
    }

    public Site getHomeDepot() {
        return homeDepot;
    }

    public long getVersion() {
        return version;
    }
}
