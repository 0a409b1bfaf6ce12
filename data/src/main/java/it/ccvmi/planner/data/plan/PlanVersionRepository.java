package it.ccvmi.planner.data.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    /** The version of a day that COCs and the public see, if one was published. */
    @Query("select v from PlanVersion v where v.plan.deliveryDate = ?1"
            + " and v.status = it.ccvmi.planner.data.plan.PlanStatus.PUBLISHED")
    Optional<PlanVersion> findPublished(LocalDate deliveryDate);

    @Query("select v from PlanVersion v where v.plan.deliveryDate = ?1 order by v.number")
    List<PlanVersion> findByDeliveryDate(LocalDate deliveryDate);

    /** Published versions of the days in [from, to], oldest first: the equity-over-time history. */
    @Query("select v from PlanVersion v where v.status = it.ccvmi.planner.data.plan.PlanStatus.PUBLISHED"
            + " and v.plan.deliveryDate between ?1 and ?2 order by v.plan.deliveryDate")
    List<PlanVersion> findPublishedBetween(LocalDate from, LocalDate to);
}
