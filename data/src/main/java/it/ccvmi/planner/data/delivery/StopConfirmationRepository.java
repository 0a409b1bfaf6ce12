package it.ccvmi.planner.data.delivery;

import it.ccvmi.planner.data.plan.PlanVersion;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StopConfirmationRepository extends JpaRepository<StopConfirmation, Long> {

    Optional<StopConfirmation> findByConfirmationId(UUID confirmationId);

    @Query("select c from StopConfirmation c where c.stop.id = ?1")
    Optional<StopConfirmation> findByStopId(long stopId);

    /** The confirmations of these stops (one query for a whole re-planned version's kept stops). */
    @Query("select c from StopConfirmation c where c.stop.id in ?1")
    List<StopConfirmation> findByStopIds(Collection<Long> stopIds);

    /** The confirmations of every stop of a version's routes. */
    @Query("select c from StopConfirmation c where c.stop.route.planVersion = ?1")
    List<StopConfirmation> findByVersion(PlanVersion version);
}
