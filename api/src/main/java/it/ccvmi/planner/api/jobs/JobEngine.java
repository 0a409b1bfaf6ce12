package it.ccvmi.planner.api.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The job engine the replicas share: db-scheduler over the database's {@code scheduled_tasks} table. A job is one
 * execution of the task {@value #TASK}; exactly one replica claims it (an update of the row's version), runs it on
 * one of its {@code cisiamo.planning.parallel-solves} threads and beats its heartbeat every
 * {@code cisiamo.planning.heartbeat}. When the heartbeat is older than {@code missed-heartbeats} beats, its replica
 * is taken for dead and any replica runs the job again ({@link JobRunner} goes on from the checkpoint). A replica
 * that shuts down hands its jobs on at once.
 */
@Component
class JobEngine implements DisposableBean {

    static final String TASK = "planning-job";
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(JobEngine.class);

    private final JobRunner runner;
    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;

    JobEngine(DataSource dataSource, JobRunner runner,
            @Value("${cisiamo.planning.parallel-solves:1}") int parallelSolves,
            @Value("${cisiamo.planning.heartbeat:PT2S}") Duration heartbeat,
            @Value("${cisiamo.planning.missed-heartbeats:4}") int missedHeartbeats,
            @Value("${cisiamo.planning.poll:PT1S}") Duration poll) {
        this.runner = runner;
        this.task = Tasks.oneTime(TASK)
                // A job broken off by its replica's shutdown goes on elsewhere now; a job ends its row itself, so
                // anything else (the database unreachable) is tried again a little later.
                .onFailure((FailureHandler<Void>) (complete, operations) -> operations.reschedule(complete,
                        complete.getCause().filter(JobRunner.Interrupted.class::isInstance).isPresent()
                                ? Instant.now() : Instant.now().plus(RETRY)))
                .execute((instance, context) -> runner.run(instance.getId()));
        // Joins the caller's transaction: a job's row and its execution are committed together.
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .schedulerName(new SchedulerName.Fixed(replicaName()))
                .threads(parallelSolves)
                .pollingInterval(poll)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Queues the job: it runs on the first replica with a free thread. Call in the transaction that creates its row. */
    void schedule(String jobId) {
        scheduler.schedule(task.instance(jobId), Instant.now());
    }

    /** Whether the engine holds the job (waiting, running, or left by a replica that stopped). */
    boolean holds(String jobId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(TASK, jobId)).isPresent();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.start();
        LOG.info("Planning jobs: replica {} takes jobs from the shared job table", replicaName());
    }

    @Override
    public void destroy() {
        runner.shutDown();
        scheduler.stop();
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
