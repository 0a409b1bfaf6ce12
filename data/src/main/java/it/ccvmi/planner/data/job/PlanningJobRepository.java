package it.ccvmi.planner.data.job;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

    /** The row under a write lock for the transaction: ends of the same job on two replicas run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT j FROM PlanningJob j WHERE j.id = ?1")
    Optional<PlanningJob> findLockedById(String id);

    List<PlanningJob> findByStateIn(Collection<JobState> states);

    long countByDeliveryDateAndStateIn(LocalDate date, Collection<JobState> states);

    long countByState(JobState state);

    /** How many jobs wait ahead of one queued at {@code queuedAt}. */
    long countByStateAndQueuedAtBefore(JobState state, OffsetDateTime queuedAt);

    /** Takes a queued job into SOLVING; 0 when it is no longer queued (stopped meanwhile, or taken by another replica). */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.state = it.ccvmi.planner.data.job.JobState.SOLVING, j.startedAt = ?2"
            + " WHERE j.id = ?1 AND j.state = it.ccvmi.planner.data.job.JobState.QUEUED")
    int start(String id, OffsetDateTime at);

    /** Stops a queued job before it starts; 0 when it has started or ended meanwhile. */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.state = it.ccvmi.planner.data.job.JobState.STOPPED, j.finishedAt = ?2,"
            + " j.error = 'fermato prima di iniziare: nessun piano'"
            + " WHERE j.id = ?1 AND j.state = it.ccvmi.planner.data.job.JobState.QUEUED")
    int cancelQueued(String id, OffsetDateTime at);

    /** Asks the replica solving the job to stop it; 0 when the job is not solving. */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.stopRequested = true WHERE j.id = ?1"
            + " AND j.state = it.ccvmi.planner.data.job.JobState.SOLVING")
    int requestStop(String id);

    @Query("SELECT j.stopRequested FROM PlanningJob j WHERE j.id = ?1")
    boolean isStopRequested(String id);

    /** Keeps a solving job's best routes so far; a no-op once it has ended. */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.checkpointJson = ?2, j.checkpointScore = ?3 WHERE j.id = ?1"
            + " AND j.state = it.ccvmi.planner.data.job.JobState.SOLVING")
    int recordCheckpoint(String id, String routes, String score);

    /** A replica takes over a job whose replica stopped while solving it. */
    @Modifying
    @Query("UPDATE PlanningJob j SET j.resumes = j.resumes + 1 WHERE j.id = ?1"
            + " AND j.state = it.ccvmi.planner.data.job.JobState.SOLVING")
    int recordResume(String id);
}
