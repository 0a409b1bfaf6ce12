package it.ccvmi.planner.data.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByDeliveryDate(LocalDate deliveryDate);
}
