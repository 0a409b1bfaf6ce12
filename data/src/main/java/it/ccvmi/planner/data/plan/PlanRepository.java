package it.ccvmi.planner.data.plan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByDeliveryDate(LocalDate deliveryDate);

    /** The day's plan, locked until the transaction ends: one version change of a day at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM Plan p WHERE p.deliveryDate = ?1")
    Optional<Plan> lockByDeliveryDate(LocalDate deliveryDate);
}
