package it.ccvmi.planner.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Planning jobs through HTTP, as a planner: submit, poll, read the stored version. */
final class JobClient {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ApiClient api;
    private final Auth planner;

    JobClient(ApiClient api, Auth planner) {
        this.api = api;
        this.planner = planner;
    }

    /** Posts a job and checks the 202 answer; returns the job. */
    JsonNode submit(LocalDate date, int timeLimitSeconds) {
        return submit("{\"date\":\"" + date + "\",\"timeLimitSeconds\":" + timeLimitSeconds + "}");
    }

    JsonNode submit(String body) {
        Response accepted = api.post("/api/v1/plans", planner, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = accepted.json();
        assertThat(accepted.header("Location")).endsWith("/api/v1/plans/jobs/" + job.get("id").asString());
        return consistent(job);
    }

    JsonNode job(String id) {
        Response response = api.get("/api/v1/plans/jobs/" + id, planner);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return consistent(response.json());
    }

    /**
     * A job of this process is QUEUED only while it waits in the queue, so it has a position. Right after a
     * submission to an idle service the executor takes the job at once: the answer must then say SOLVING, not a
     * QUEUED without position (the timing is not controlled, so every answer of every test is checked).
     */
    private static JsonNode consistent(JsonNode job) {
        if (job.get("state").asString().equals("QUEUED")) {
            assertThat(job.get("queuePosition").asInt()).as(job.toString()).isPositive();
        }
        return job;
    }

    /** Polls the job until the condition holds (fails after a generous wait). */
    JsonNode awaitJob(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(id);
            if (condition.test(job)) {
                return job;
            }
            if (ended(job)) {
                throw new AssertionError("job " + id + " ended before getting there: " + job);
            }
            sleep(100);
        }
        throw new AssertionError("job " + id + " did not get there in " + PATIENCE + ": " + job(id));
    }

    JsonNode awaitEnd(String id) {
        return awaitJob(id, JobClient::ended);
    }

    private static boolean ended(JsonNode job) {
        String state = job.get("state").asString();
        return !state.equals("QUEUED") && !state.equals("SOLVING");
    }

    /** Submits a job and waits for it to end DONE; returns the ended job. */
    JsonNode plan(LocalDate date, int timeLimitSeconds) {
        JsonNode done = awaitEnd(submit(date, timeLimitSeconds).get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return done;
    }

    JsonNode version(LocalDate date, int number) {
        Response response = api.get("/api/v1/plans/" + date + "/versions/" + number, planner);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
