package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.planning.ReferenceDays;
import it.ccvmi.planner.planning.SolverWarmUp;
import it.ccvmi.planner.planning.territory.DataDirectory;
import it.ccvmi.planner.routing.Router;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the service is ready, plans a generated day once in the background ({@link SolverWarmUp}, about 3 s of one
 * core), so that a planner's first job solves as fast as later ones: a fresh JVM runs the search interpreted for its
 * first seconds. Needs the territory files of the data directory; without them it is skipped with a warning. Off with
 * {@code cisiamo.solver.warm-up.enabled=false} (the shared test server).
 */
@Component
@ConditionalOnBooleanProperty(name = "cisiamo.solver.warm-up.enabled")
class SolverWarmUpOnStart implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SolverWarmUpOnStart.class);
    /** Shutting down waits this long for the warm-up to stop, so that it never outlives the router it plans on. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Router router;
    private final String dataDir;
    private final CompletableFuture<Optional<SolverWarmUp.Result>> done = new CompletableFuture<>();
    private volatile SolverWarmUp warmUp;
    private volatile boolean stopping;
    private Thread thread;

    SolverWarmUpOnStart(Router router, @Value("${data-dir:}") String dataDir) {
        this.router = router;
        this.dataDir = dataDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread = new Thread(this::warmUp, "solver-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The warm-up's plan once it ended; empty when it was skipped or stopped. */
    CompletableFuture<Optional<SolverWarmUp.Result>> done() {
        return done;
    }

    private void warmUp() {
        try {
            SolverWarmUp created = new SolverWarmUp(ReferenceDays.load(DataDirectory.locate(dataDir)), router);
            warmUp = created;
            if (stopping) {
                created.stop();
            }
            Optional<SolverWarmUp.Result> result = created.run();
            result.ifPresent(plan -> LOG.info("Solver warm-up: a generated day of {} visits planned in {} ms ({})",
                    plan.visits(), plan.took().toMillis(), plan.score()));
            done.complete(result);
        } catch (RuntimeException e) {
            LOG.warn("Solver warm-up skipped: {}", e.getMessage());
            done.complete(Optional.empty());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        SolverWarmUp running = warmUp;
        if (running != null) {
            running.stop();
        }
        if (thread != null) {
            thread.join(STOP_WAIT.toMillis());
        }
    }
}
