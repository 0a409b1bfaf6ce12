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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

/**
 * A load benchmark, not a test (its name keeps it out of the suite; run it with {@code -Dtest=ReplicaLoadBenchmark}):
 * the COC schedule, a WFS GetFeature and the public statistics under {@value #CLIENTS} concurrent clients for
 * {@code RUN} while a day is being solved, with one replica and then two (the clients spread over them). Prints
 * requests per second and p50/p99 latency per endpoint.
 */
@SpringBootTest(classes = DataTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = PostgisTestDatabase.Initializer.class)
class ReplicaLoadBenchmark {

    private static final int CLIENTS = 8;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final LocalDate PUBLISHED = LocalDate.of(2033, 6, 6);
    private static final LocalDate SOLVED = LocalDate.of(2033, 6, 7);
    /** Milano: a comune with deliveries on a generated day. */
    private static final String ISTAT = "015146";

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    Environment environment;

    @Test
    void endpointsUnderLoadWithOneAndTwoReplicas() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "replicas-bench"));
        Map<String, String> database = Map.of("spring.datasource.url",
                environment.getRequiredProperty("spring.datasource.url"), "spring.datasource.username",
                environment.getRequiredProperty("spring.datasource.username"), "spring.datasource.password",
                environment.getProperty("spring.datasource.password", ""));
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("schedule", "/api/v1/coc/" + ISTAT + "/schedule?date=" + PUBLISHED);
        endpoints.put("wfs", "/wfs?service=WFS&version=2.0.0&request=GetFeature&outputFormat=json"
                + "&typeNames=cisiamo:routes&date=" + PUBLISHED);
        endpoints.put("statistics", "/api/v1/public/statistics?from=" + PUBLISHED + "&to=" + PUBLISHED);
        StringBuilder report = new StringBuilder();
        try (Replica first = Replica.start("bench-a", database, workDir)) {
            first.awaitUp(Duration.ofMinutes(4));
            scenarios.generateAndSave(PUBLISHED, 31);
            scenarios.generateAndSave(SOLVED, 32);
            String planned = submit(first, PUBLISHED, 5);
            awaitDone(first, planned);
            assertThat(first.post("/api/v1/plans/" + PUBLISHED + "/versions/1/publish", "{}").status()).isEqualTo(200);
            report.append(measureWhileSolving(List.of(first), endpoints));
            try (Replica second = Replica.start("bench-b", database, workDir)) {
                second.awaitUp(Duration.ofMinutes(4));
                report.append(measureWhileSolving(List.of(first, second), endpoints));
            }
        }
        System.out.println(report);
    }

    private String measureWhileSolving(List<Replica> replicas, Map<String, String> endpoints) throws Exception {
        String job = submit(replicas.get(0), SOLVED, (int) (WARM_UP.toSeconds() + RUN.toSeconds()) + 30);
        load(replicas, endpoints, WARM_UP); // a replica just started runs interpreted code
        Sample measured = load(replicas, endpoints, RUN);
        replicas.get(replicas.size() - 1).delete("/api/v1/plans/jobs/" + job);
        Map<String, List<Long>> latencies = measured.latencies();
        StringBuilder lines = new StringBuilder(String.format("%d replica(s), %d clients, %d s after %d s of warm-up,"
                + " a day solving; %d non-200 answers%n", replicas.size(), CLIENTS, RUN.toSeconds(),
                WARM_UP.toSeconds(), measured.failures().size()));
        latencies.forEach((name, nanos) -> {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            lines.append(String.format("  %-10s %7.1f req/s  p50 %6.1f ms  p99 %6.1f ms  (%d calls)%n", name,
                    sorted.size() / (double) RUN.toSeconds(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.size()));
        });
        return lines.toString();
    }

    /** @param latencies nanoseconds per call, by endpoint; @param failures the status of each non-200 answer */
    private record Sample(Map<String, List<Long>> latencies, List<Integer> failures) {
    }

    private Sample load(List<Replica> replicas, Map<String, String> endpoints,
            Duration duration) throws InterruptedException {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        endpoints.keySet().forEach(name -> latencies.put(name, Collections.synchronizedList(new ArrayList<>())));
        List<Integer> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> names = List.copyOf(endpoints.keySet());
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client;
                clients.execute(() -> {
                    for (int call = offset; System.nanoTime() < deadline; call++) {
                        String name = names.get(call % names.size());
                        Replica replica = replicas.get(call % replicas.size());
                        long started = System.nanoTime();
                        int status = replica.get(endpoints.get(name)).status();
                        latencies.get(name).add(System.nanoTime() - started);
                        if (status != 200) {
                            errors.add(status);
                        }
                    }
                });
            }
        } finally {
            clients.shutdown();
            clients.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        }
        return new Sample(latencies, errors);
    }

    private static double percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }

    private static String submit(Replica replica, LocalDate date, int timeLimitSeconds) {
        Replica.Answer answer = replica.post("/api/v1/plans",
                "{\"date\":\"" + date + "\",\"timeLimitSeconds\":" + timeLimitSeconds + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().get("id").asString();
    }

    private static void awaitDone(Replica replica, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline
                && !replica.get("/api/v1/plans/jobs/" + id).json().get("state").asString().equals("DONE")) {
            Thread.sleep(200);
        }
    }
}
