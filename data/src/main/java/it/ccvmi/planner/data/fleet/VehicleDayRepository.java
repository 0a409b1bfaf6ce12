package it.ccvmi.planner.data.fleet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VehicleDayRepository extends JpaRepository<VehicleDay, Long> {

    /** The date's rows, with their vans; vans without a row work their standard day. */
    @Query("SELECT d FROM VehicleDay d JOIN FETCH d.vehicle WHERE d.workDate = ?1")
    List<VehicleDay> findByWorkDate(LocalDate workDate);

    Optional<VehicleDay> findByVehicleAndWorkDate(Vehicle vehicle, LocalDate workDate);
}
