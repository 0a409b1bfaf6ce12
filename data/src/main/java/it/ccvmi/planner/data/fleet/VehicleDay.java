package it.ccvmi.planner.data.fleet;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A van on one date, when it differs from its standard: not available, another shift, or a crew to note. A van
 * without a row for a date is available on its own shift.
 */
@Entity
public class VehicleDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vehicle_id")
    private Vehicle vehicle;

    private LocalDate workDate;

    private boolean available;

    /** Both null: the van's own shift. */
    private LocalTime shiftStart;

    private LocalTime shiftEnd;

    /** Who drives, and notes ("Mario e Luca", "in officina"). */
    private String crew;

    protected VehicleDay() {
    }

    public VehicleDay(Vehicle vehicle, LocalDate workDate) {
        this.vehicle = Objects.requireNonNull(vehicle);
        this.workDate = Objects.requireNonNull(workDate);
        this.available = true;
    }

    /**
     * @param shiftStart null with shiftEnd for the van's own shift
     * @throws IllegalArgumentException when only one end is given or the shift does not start before it ends
     */
    public void set(boolean available, LocalTime shiftStart, LocalTime shiftEnd, String crew) {
        if ((shiftStart == null) != (shiftEnd == null)) {
            throw new IllegalArgumentException("a shift needs both its start and its end");
        }
        if (shiftStart != null && !shiftStart.isBefore(shiftEnd)) {
            throw new IllegalArgumentException("shift must start before it ends: " + shiftStart + "-" + shiftEnd);
        }
        this.available = available;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.crew = crew;
    }

    public Long getId() {
        return id;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public boolean isAvailable() {
        return available;
    }

    /** Whether the shift of the day replaces the van's own. */
    public boolean hasOwnShift() {
        return shiftStart != null;
    }

    /** The shift's start that day: the override, else the van's own. */
    public LocalTime shiftStart() {
        return shiftStart != null ? shiftStart : vehicle.getShiftStart();
    }

    /** The shift's end that day: the override, else the van's own. */
    public LocalTime shiftEnd() {
        return shiftEnd != null ? shiftEnd : vehicle.getShiftEnd();
    }

    public String getCrew() {
        return crew;
    }
}
