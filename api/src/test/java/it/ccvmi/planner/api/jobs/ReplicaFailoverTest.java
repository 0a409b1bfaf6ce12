package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.Replica;
import it.ccvmi.planner.data.DataTestApplication;
import it.ccvmi.planner.data.PostgisTestDatabase;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Two real replicas of the service (two JVMs) on one PostGIS schema: the replica solving a job is killed with
 * {@code kill -9}; the other takes the job over from its checkpoint and finishes it, the client following the same
 * job URL on the survivor; a day published concurrently through both replicas is published once, and nothing
 * published is lost or doubled by the failover. This JVM only prepares the schema and the days (data module).
 */
@SpringBootTest(classes = DataTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = PostgisTestDatabase.Initializer.class)
class ReplicaFailoverTest {

    /** The replicas' job engine: heartbeat every second, dead after 4 missed, so a take-over starts within ~7 s. */
    private static final Map<String, String> FAST_FAILOVER = Map.of("cisiamo.planning.heartbeat", "PT1S",
            "cisiamo.planning.missed-heartbeats", "4", "cisiamo.planning.poll", "PT1S");
    private static final Duration START = Duration.ofMinutes(4);
    /** The measured bound asserted, generous for a loaded 2-core machine: heartbeat × (4 + 2) + poll ≈ 7 s. */
    private static final Duration TAKE_OVER_BOUND = Duration.ofSeconds(30);

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void theSurvivorFinishesTheKilledReplicasJobFromItsCheckpoint() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "replicas"));
        Map<String, String> database = Map.of("spring.datasource.url",
                environment.getRequiredProperty("spring.datasource.url"), "spring.datasource.username",
                environment.getRequiredProperty("spring.datasource.username"), "spring.datasource.password",
                environment.getProperty("spring.datasource.password", ""));
        LocalDate published = LocalDate.of(2033, 5, 2);
        LocalDate solved = LocalDate.of(2033, 5, 3);
        LocalDate stopped = LocalDate.of(2033, 5, 4);
        try (Replica first = Replica.start("replica-a", merged(database), workDir)) {
            first.awaitUp(START); // the first start imports the territory: the second finds it
            try (Replica second = Replica.start("replica-b", merged(database), workDir)) {
                scenarios.generateAndSave(published, 21);
                scenarios.generateAndSave(solved, 22);
                scenarios.generateAndSave(stopped, 23);
                second.awaitUp(START);

                publishOnceThroughBoth(first, second, published);
                stopThroughTheOtherReplica(first, second, stopped);

                String id = submit(second, solved, 20).get("id").asString();
                JsonNode checkpointed = await(first, id, job -> !job.get("checkpointScore").isNull());
                assertThat(checkpointed.get("state").asString()).isEqualTo("SOLVING");
                Replica running = runnerOf(id, first, second);
                Replica survivor = running == first ? second : first;
                CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(
                        () -> survivor.eventNames(id, Duration.ofMinutes(2)));
                String startedAt = checkpointed.get("startedAt").asString();

                running.kill();
                long killed = System.nanoTime();
                HardMediumSoftLongScore checkpoint = HardMediumSoftLongScore.parseScore(
                        jdbc.queryForObject("SELECT checkpoint_score FROM planning_job WHERE id = ?", String.class, id));
                JsonNode resumed = await(survivor, id, job -> job.get("resumes").asInt() == 1);
                Duration takeOver = Duration.ofNanos(System.nanoTime() - killed);
                JsonNode done = await(survivor, id, job -> job.get("state").asString().equals("DONE"));
                System.out.printf("Failover: job %s taken over %d ms after kill -9 of %s, done %d ms after it%n", id,
                        takeOver.toMillis(), running.name(), Duration.ofNanos(System.nanoTime() - killed).toMillis());

                assertThat(takeOver).isLessThan(TAKE_OVER_BOUND);
                assertThat(resumed.get("state").asString()).isEqualTo("SOLVING");
                assertThat(done.get("startedAt").asString()).isEqualTo(startedAt); // elapsed goes on
                assertThat(HardMediumSoftLongScore.parseScore(done.get("bestScore").asString()))
                        .isGreaterThanOrEqualTo(checkpoint);
                assertThat(done.get("planVersion").get("number").asInt()).isEqualTo(1);
                assertThat(events.get(2, TimeUnit.MINUTES)).contains("progress").last().isEqualTo("done");

                assertThat(versions(solved)).as("one version of the solved day: the killed solve stored none")
                        .containsExactly("DRAFT");
                assertThat(versions(published)).as("the published day as it was").containsExactly("PUBLISHED");
                assertThat(survivor.get("/api/v1/plans/" + published + "/published").json().get("number").asInt())
                        .isEqualTo(1);
            }
        }
    }

    /** Plans the day, then publishes its draft through both replicas at once: one succeeds, the other gets 409. */
    private void publishOnceThroughBoth(Replica first, Replica second, LocalDate date) throws Exception {
        String id = submit(first, date, 2).get("id").asString();
        assertThat(await(second, id, job -> job.get("state").asString().equals("DONE"))
                .get("planVersion").get("number").asInt()).isEqualTo(1);
        String path = "/api/v1/plans/" + date + "/versions/1/publish";
        CompletableFuture<Replica.Answer> viaFirst = CompletableFuture.supplyAsync(() -> first.post(path, "{}"));
        CompletableFuture<Replica.Answer> viaSecond = CompletableFuture.supplyAsync(() -> second.post(path, "{}"));
        List<Integer> statuses = List.of(viaFirst.get(1, TimeUnit.MINUTES).status(),
                viaSecond.get(1, TimeUnit.MINUTES).status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    /** A job solving on one replica is stopped through the other: it ends STOPPED with its best plan so far. */
    private void stopThroughTheOtherReplica(Replica first, Replica second, LocalDate date) {
        String id = submit(first, date, 120).get("id").asString();
        await(first, id, job -> !job.get("bestScore").isNull());
        Replica other = runnerOf(id, first, second) == first ? second : first;
        Replica.Answer stop = other.delete("/api/v1/plans/jobs/" + id);

        assertThat(stop.status()).as(stop.body()).isEqualTo(200);
        assertThat(stop.json().get("state").asString()).isEqualTo("STOPPED");
        assertThat(stop.json().get("planVersion").get("number").asInt()).isEqualTo(1);
    }

    private static JsonNode submit(Replica replica, LocalDate date, int timeLimitSeconds) {
        Replica.Answer answer = replica.post("/api/v1/plans",
                "{\"date\":\"" + date + "\",\"timeLimitSeconds\":" + timeLimitSeconds + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json();
    }

    /** The replica whose job engine holds the job (picked_by is the replica's host and process id). */
    private Replica runnerOf(String jobId, Replica... replicas) {
        String pickedBy = jdbc.queryForObject("SELECT picked_by FROM scheduled_tasks WHERE task_instance = ?",
                String.class, jobId);
        for (Replica replica : replicas) {
            if (pickedBy != null && pickedBy.endsWith("-" + replica.pid())) {
                return replica;
            }
        }
        throw new AssertionError("no replica runs job " + jobId + " (picked by " + pickedBy + ")");
    }

    private List<String> versions(LocalDate date) {
        return jdbc.queryForList("SELECT v.status FROM plan_version v JOIN plan p ON p.id = v.plan_id"
                + " WHERE p.delivery_date = ? ORDER BY v.number", String.class, date);
    }

    private static JsonNode await(Replica replica, String jobId, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = replica.get("/api/v1/plans/jobs/" + jobId).json();
            if (condition.test(job)) {
                return job;
            }
            if (List.of("STOPPED", "FAILED", "INTERRUPTED").contains(job.get("state").asString())) {
                throw new AssertionError("job ended " + job);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("job " + jobId + " did not get there within 2 minutes");
    }

    private static Map<String, String> merged(Map<String, String> database) {
        Map<String, String> properties = new java.util.HashMap<>(database);
        properties.putAll(FAST_FAILOVER);
        return properties;
    }
}
