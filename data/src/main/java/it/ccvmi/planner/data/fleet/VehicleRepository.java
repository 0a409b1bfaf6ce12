package it.ccvmi.planner.data.fleet;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

    Optional<Vehicle> findByOrganisationAndLabel(String organisation, String label);

    @Query("SELECT v FROM Vehicle v JOIN FETCH v.homeDepot ORDER BY v.organisation, v.label")
    List<Vehicle> findAllWithDepot();
}
