package it.ccvmi.planner.api.fleet;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.api.support.TestPlans;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.plan.PlanRepository;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

@ApiTest
class VehicleApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanRepository plans;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    PlatformTransactionManager transactions;

    Auth planner;
    String organisation;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
        organisation = "Gruppo prova " + UUID.randomUUID();
    }

    @Test
    void createsListsUpdatesAndDeletesAVan() {
        ApiClient.Response created = api.post("/api/v1/vehicles", planner, van("Ducato 1", "1200", "09:00", "17:00"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("homeDepotName").asString()).isNotBlank();
        assertThat(created.json().get("shiftStart").asString()).isEqualTo("09:00:00");
        assertThat(api.get("/api/v1/vehicles", planner).json().valueStream()
                .map(van -> van.get("id").asLong())).contains(id);

        ApiClient.Response updated = api.put("/api/v1/vehicles/" + id, planner, van("Ducato 1", "1350.5", "08:00",
                "12:30").replace("\"refrigerated\": false", "\"refrigerated\": true"));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/vehicles/" + id, planner).json();
        assertThat(read.get("capacityKg").decimalValue()).isEqualByComparingTo("1350.5");
        assertThat(read.get("refrigerated").asBoolean()).isTrue();
        assertThat(read.get("shiftEnd").asString()).isEqualTo("12:30:00");

        assertThat(api.delete("/api/v1/vehicles/" + id, planner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/vehicles/" + id, planner), 404);
        assertProblem(api.delete("/api/v1/vehicles/" + id, planner), 404);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long id = api.post("/api/v1/vehicles", planner, van("Doblò", "550", "09:00", "13:00")).json().get("id")
                .asLong();
        long before = vanCount();

        assertProblem(api.post("/api/v1/vehicles", planner, van("Doblò", "550", "09:00", "13:00")), 409);
        assertInvalidField(api.post("/api/v1/vehicles", planner, van("Iveco", "900", "17:00", "09:00")), "shiftEnd");
        assertInvalidField(api.post("/api/v1/vehicles", planner, van("Iveco", "-900", "09:00", "17:00")),
                "capacityKg");
        assertInvalidField(api.post("/api/v1/vehicles", planner, van("Iveco", "1e12", "09:00", "17:00")),
                "capacityKg");
        assertInvalidField(api.post("/api/v1/vehicles", planner, van("Iveco", "900", "25:00", "26:00")),
                "shiftStart");
        assertInvalidField(api.post("/api/v1/vehicles", planner,
                van("Iveco", "900", "09:00", "17:00").replace("}", ", \"homeDepotId\": 987654321}")), "homeDepotId");
        assertInvalidField(api.post("/api/v1/vehicles", planner,
                van("Iveco", "900", "09:00", "17:00").replace("false", "\"forse\"")),
                "refrigerated");
        assertInvalidField(api.post("/api/v1/vehicles", planner, "{\"label\": \"Iveco\"}"), "organisation");
        assertInvalidField(api.put("/api/v1/vehicles/" + id, planner, van("Doblò 2", "550", "09:00", "13:00")),
                "label");
        assertInvalidField(api.post("/api/v1/vehicles", planner, "{"), "body");
        assertProblem(api.send("/api/v1/vehicles", planner, "POST", "Iveco", "text/plain"), 415);

        assertThat(vanCount()).isEqualTo(before);
        assertThat(api.get("/api/v1/vehicles/" + id, planner).json().get("label").asString()).isEqualTo("Doblò");
    }

    @Test
    void importsAFleetSheetCreatingAndUpdatingVansAndExportsIt() {
        String sheet = """
                Organizzazione;Mezzo;Portata kg;Volume m3;Refrigerato;Inizio turno;Fine turno;Deposito
                %1$s;Ducato 1;1200;10,5;no;9:00;17:00;
                %1$s;Doblò frigo;550;3,2;sì;9.30;13:00;
                """.formatted(organisation);

        ApiClient.Response first = api.send("/api/v1/vehicles/import", planner, "POST", sheet, "text/csv");
        ApiClient.Response again = api.send("/api/v1/vehicles/import", planner, "POST",
                sheet.replace(";1200;", ";1300;"), "text/csv; charset=UTF-8");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT capacity_kg FROM vehicle WHERE organisation = ? AND label = ?",
                Double.class, organisation, "Ducato 1")).isEqualTo(1300.0);

        ApiClient.Response export = api.get("/api/v1/vehicles/export", planner);

        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains("mezzi.csv");
        assertThat(export.body()).contains(organisation + ";Doblò frigo;550;\"3,2\";sì;09:30;13:00;");
    }

    @Test
    void rejectsAWholeFleetSheetWithOneBadRow() {
        long before = vanCount();

        ApiClient.Response rejected = api.send("/api/v1/vehicles/import?filename=mezzi-giugno.csv", planner, "POST", """
                organizzazione;mezzo;portata_kg;volume_m3;refrigerato;inizio_turno;fine_turno
                %1$s;Ducato 1;1200;10,5;no;9:00;17:00
                %1$s;Ducato 2;1200;10,5;forse;17:00;9:00
                """.formatted(organisation), "text/csv");

        JsonNode problem = assertProblem(rejected, 422);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("line").asInt() + " "
                + error.get("field").asString())).containsExactly("3 refrigerato", "3 fine_turno");
        assertThat(problem.get("errors").get(0).get("file").asString()).isEqualTo("mezzi-giugno.csv");
        assertThat(vanCount()).isEqualTo(before);
    }

    @Test
    void aVanAPlanRoutesCannotBeDeleted() {
        long id = api.post("/api/v1/vehicles", planner, van("Ducato 9", "1200", "09:00", "17:00")).json().get("id")
                .asLong();
        TestPlans.storeDraft(plans, transactions, LocalDate.parse("2031-07-01"),
                version -> version.addRoute(vehicles.findById(id).orElseThrow()));

        assertProblem(api.delete("/api/v1/vehicles/" + id, planner), 409);
        assertThat(api.get("/api/v1/vehicles/" + id, planner).status()).isEqualTo(200);
    }

    @Test
    void isForPlannersOnly() {
        assertProblem(api.get("/api/v1/vehicles", api.bearer(accounts.coc("015146"))), 403);
    }

    private long vanCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vehicle", Long.class);
    }

    @Test
    void exportedCellsNeverRunAsFormulasAndReadBackUnchanged() {
        organisation = "=HYPERLINK(1) " + UUID.randomUUID();
        long id = api.post("/api/v1/vehicles", planner, van("@SOMMA(A1)", "900", "08:00", "12:00")).json()
                .get("id").asLong();
        try {
            String export = api.get("/api/v1/vehicles/export", planner).body();
            String row = export.lines().filter(line -> line.contains(organisation.substring(1))).findFirst()
                    .orElseThrow();

            assertThat(row).startsWith("'" + organisation + ";'@SOMMA(A1);900;");
            assertThat(export.lines()).noneMatch(line -> line.startsWith("=") || line.contains(";=")
                    || line.contains(";+") || line.contains(";@") || line.startsWith("@"));
            String header = export.lines().findFirst().orElseThrow();
            ApiClient.Response reimported = api.send("/api/v1/vehicles/import", planner, "POST",
                    header + "\n" + row + "\n", "text/csv");
            assertThat(reimported.json().get("updated").asInt()).as(reimported.body()).isEqualTo(1);
            assertThat(vehicles.findById(id).orElseThrow().getOrganisation()).isEqualTo(organisation);
            assertThat(vehicles.findById(id).orElseThrow().getLabel()).isEqualTo("@SOMMA(A1)");
        } finally {
            api.delete("/api/v1/vehicles/" + id, planner);
        }
    }

    private String van(String label, String kg, String start, String end) {
        return """
                {"organisation": "%s", "label": "%s", "capacityKg": %s, "capacityM3": 10.5, "refrigerated": false,
                 "shiftStart": "%s", "shiftEnd": "%s"}""".formatted(organisation, label, kg, start, end);
    }
}
