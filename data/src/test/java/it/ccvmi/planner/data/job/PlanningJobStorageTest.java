package it.ccvmi.planner.data.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.data.TestTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Planning jobs round-trip through the database and keep their life cycle; subclasses choose the database. */
abstract class PlanningJobStorageTest {

    static final LocalDate DAY = LocalDate.of(2032, 1, 5);
    static final Clock CLOCK = Clock.systemUTC();

    @Autowired
    PlanningJobRepository jobs;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTables() {
        TestTables.clear(jdbc);
    }

    @Test
    void aJobIsStoredQueuedWithItsParameters() {
        PlanningJob job = jobs.save(new PlanningJob(DAY, 30, "{\"vehicleIds\":\"all\"}", "planner", CLOCK));

        PlanningJob read = jobs.findWithVersion(job.getId()).orElseThrow();
        assertThat(read.getId()).hasSize(36);
        assertThat(read.getState()).isEqualTo(JobState.QUEUED);
        assertThat(read.getDeliveryDate()).isEqualTo(DAY);
        assertThat(read.getParametersJson()).contains("vehicleIds");
        assertThat(read.getQueuedAt()).isNotNull();
        assertThat(read.getStartedAt()).isNull();
    }

    @Test
    void theBestScoreIsRecordedOnlyWhileSolving() {
        PlanningJob job = new PlanningJob(DAY, 30, "{}", "planner", CLOCK);
        job.start(CLOCK);
        jobs.save(job);

        Integer whileSolving = transaction.execute(status -> jobs.recordBestScore(job.getId(), "0hard/-5soft", true));
        transaction.executeWithoutResult(status -> jobs.findById(job.getId()).orElseThrow().fail("no road", CLOCK));
        Integer afterTheEnd = transaction.execute(status -> jobs.recordBestScore(job.getId(), "0hard/-1soft", true));

        PlanningJob read = jobs.findById(job.getId()).orElseThrow();
        assertThat(whileSolving).isEqualTo(1);
        assertThat(afterTheEnd).isZero();
        assertThat(read.getBestScore()).isEqualTo("0hard/-5soft");
        assertThat(read.getState()).isEqualTo(JobState.FAILED);
        assertThat(read.getError()).isEqualTo("no road");
    }

    @Test
    void leftoversOfAPreviousProcessAreFoundAndCanOnlyBeInterruptedOnce() {
        PlanningJob queued = jobs.save(new PlanningJob(DAY, 30, "{}", "planner", CLOCK));
        PlanningJob solving = new PlanningJob(DAY, 30, "{}", "planner", CLOCK);
        solving.start(CLOCK);
        jobs.save(solving);

        List<PlanningJob> leftovers = jobs.findByStateIn(List.of(JobState.QUEUED, JobState.SOLVING));
        leftovers.forEach(job -> job.interrupt(CLOCK));

        assertThat(leftovers).extracting(PlanningJob::getId).containsExactlyInAnyOrder(queued.getId(), solving.getId());
        assertThat(leftovers).allMatch(job -> job.getState() == JobState.INTERRUPTED && job.getFinishedAt() != null);
        assertThatThrownBy(() -> leftovers.get(0).interrupt(CLOCK)).isInstanceOf(IllegalStateException.class);
    }
}
