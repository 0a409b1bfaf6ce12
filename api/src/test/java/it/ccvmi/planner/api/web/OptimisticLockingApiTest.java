package it.ccvmi.planner.api.web;

import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * ETag and If-Match on sites, vans and stock lots, as on delivery requests: a change or a deletion based on a
 * version someone else has changed since is refused with 412 and changes nothing.
 */
@ApiTest
class OptimisticLockingApiTest {

    /** A resource, its body with one number in it, and where that number shows. */
    enum Resource {
        SITE("/api/v1/sites", "address", "la struttura è cambiata da quando è stata letta") {
            @Override
            String body(String key, int number) {
                return """
                        {"kind": "RSA", "name": "RSA versioni %s", "address": "Via %d", "lon": 9.19, "lat": 45.464}
                        """.formatted(key, number);
            }

            @Override
            String numberIn(JsonNode read) {
                return read.get("address").asString().substring("Via ".length());
            }
        },
        VEHICLE("/api/v1/vehicles", "capacityKg", "il furgone è cambiato da quando è stato letto") {
            @Override
            String body(String key, int number) {
                return """
                        {"organisation": "Versioni %s", "label": "Ducato", "capacityKg": %d, "capacityM3": 10,
                         "refrigerated": false, "shiftStart": "09:00", "shiftEnd": "17:00"}""".formatted(key, number);
            }
        },
        STOCK_LOT("/api/v1/stock-lots", "units", "il lotto è cambiato da quando è stato letto") {
            @Override
            String body(String key, int number) {
                // a day of its own that expires at once: no other test's ledger sees these units
                return """
                        {"goodsCode": "BEVANDE", "units": %d, "arrivalDate": "2041-03-01",
                         "expiryDate": "2041-03-01", "donor": "%s"}""".formatted(number, key);
            }
        };

        final String path;
        final String field;
        final String stale;

        Resource(String path, String field, String stale) {
            this.path = path;
            this.field = field;
            this.stale = stale;
        }

        abstract String body(String key, int number);

        String numberIn(JsonNode read) {
            return String.valueOf(read.get(field).asInt());
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    Auth planner;
    String key;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
        key = UUID.randomUUID().toString();
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void aChangeOrDeletionBasedOnAnOlderVersionIsRefusedAndChangesNothing(Resource resource) {
        ApiClient.Response created = api.post(resource.path, planner, resource.body(key, 100));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = resource.path + "/" + created.json().get("id").asLong();
        ApiClient.Response read = api.get(path, planner);
        String older = read.header("ETag");
        assertThat(older).isEqualTo(created.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"");

        ApiClient.Response changed = put(path, resource.body(key, 200), older);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String current = changed.header("ETag");
        assertThat(current).isNotEqualTo(older);
        assertThat(api.get(path, planner).header("ETag")).isEqualTo(current);

        JsonNode outdated = assertProblem(put(path, resource.body(key, 300), older), 412);
        assertThat(outdated.get("title").asString()).isEqualTo("Dati cambiati nel frattempo");
        assertThat(outdated.get("detail").asString()).startsWith(resource.stale);
        assertProblem(delete(path, older), 412);
        assertThat(resource.numberIn(api.get(path, planner).json())).isEqualTo("200");
        assertThat(api.get(path, planner).header("ETag")).isEqualTo(current);

        // If-Match stays optional, as on requests; "*" matches any version
        ApiClient.Response unconditional = api.put(path, planner, resource.body(key, 400));
        assertThat(unconditional.status()).as(unconditional.body()).isEqualTo(200);
        assertThat(put(path, resource.body(key, 500), "*").status()).isEqualTo(200);
        assertThat(delete(path, api.get(path, planner).header("ETag")).status()).isEqualTo(204);
        assertProblem(api.get(path, planner), 404);
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void ofPlannersSavingTheSameVersionAtOnceExactlyOneChangesIt(Resource resource) throws Exception {
        ApiClient.Response created = api.post(resource.path, planner, resource.body(key, 100));
        String path = resource.path + "/" + created.json().get("id").asLong();
        String read = api.get(path, planner).header("ETag");
        int planners = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(planners);
        List<Future<ApiClient.Response>> saved = new ArrayList<>();
        IntFunction<String> body = planner -> resource.body(key, 1000 + planner);
        try {
            for (int i = 1; i <= planners; i++) {
                String edit = body.apply(i);
                saved.add(pool.submit(() -> {
                    start.await();
                    return put(path, edit, read);
                }));
            }
            start.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> answer : saved) {
                answers.add(answer.get());
            }

            List<ApiClient.Response> accepted = answers.stream().filter(answer -> answer.status() == 200).toList();
            assertThat(accepted).as(answers.toString()).hasSize(1);
            // the others read the winner's version (412) or crossed it at the database (409); none overwrote it
            assertThat(answers).filteredOn(answer -> answer.status() != 200)
                    .allSatisfy(refused -> assertThat(refused.status()).isIn(409, 412))
                    .allSatisfy(refused -> assertThat(refused.json().get("detail").asString()).isNotBlank());
            JsonNode stored = api.get(path, planner).json();
            assertThat(resource.numberIn(stored)).isEqualTo(resource.numberIn(accepted.get(0).json()));
            assertThat(api.get(path, planner).header("ETag")).isEqualTo(accepted.get(0).header("ETag"));
        } finally {
            pool.shutdownNow();
            api.delete(path, planner);
        }
    }

    @Test
    void aFleetSheetThatChangesAVanMakesEarlierCopiesOutdated() {
        ApiClient.Response created = api.post(Resource.VEHICLE.path, planner, Resource.VEHICLE.body(key, 900));
        String path = Resource.VEHICLE.path + "/" + created.json().get("id").asLong();
        String read = api.get(path, planner).header("ETag");
        String sheet = """
                organizzazione;mezzo;portata_kg;volume_m3;refrigerato;inizio_turno;fine_turno;deposito
                Versioni %s;Ducato;%d;10;no;09:00;17:00;
                """;
        try {
            ApiClient.Response same = api.send("/api/v1/vehicles/import", planner, "POST",
                    sheet.formatted(key, 900), "text/csv");
            assertThat(same.status()).as(same.body()).isEqualTo(200);
            assertThat(api.get(path, planner).header("ETag")).as("an unchanged row keeps the version").isEqualTo(read);

            ApiClient.Response bigger = api.send("/api/v1/vehicles/import", planner, "POST",
                    sheet.formatted(key, 950), "text/csv");

            assertThat(bigger.json().get("updated").asInt()).as(bigger.body()).isEqualTo(1);
            assertThat(api.get(path, planner).header("ETag")).isNotEqualTo(read);
            assertProblem(put(path, Resource.VEHICLE.body(key, 800), read), 412);
            assertThat(api.get(path, planner).json().get("capacityKg").asInt()).isEqualTo(950);
        } finally {
            api.delete(path, planner);
        }
    }

    private ApiClient.Response put(String path, String body, String ifMatch) {
        return api.send(path, planner, "PUT", body, "application/json", "If-Match", ifMatch);
    }

    private ApiClient.Response delete(String path, String ifMatch) {
        return api.send(path, planner, "DELETE", "", null, "If-Match", ifMatch);
    }
}
