package it.ccvmi.planner.data.job;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanningJobRepository extends JpaRepository<PlanningJob, String> {

    /** Newest first, with the plan version (and its plan) of finished jobs. */
    @Query("SELECT j FROM PlanningJob j LEFT JOIN FETCH j.planVersion v LEFT JOIN FETCH v.plan ORDER BY j.queuedAt DESC")
    List<PlanningJob> findAllNewestFirst();

    @Query("SELECT j FROM PlanningJob j LEFT JOIN FETCH j.planVersion v LEFT JOIN FETCH v.plan WHERE j.id = ?1")
    Optional<PlanningJob> findWithVersion(String id);

    /**
     * Records a solving job's best score so far; a no-op once the job has ended (an update of the whole row
     * could undo a concurrent end).
     */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.bestScore = ?2, j.feasible = ?3 WHERE j.id = ?1"
            + " AND j.state = it.ccvmi.planner.data.job.JobState.SOLVING")
    int recordBestScore(String id, String score, boolean feasible);

    List<PlanningJob> findByStateIn(Collection<JobState> states);
}
