package it.ccvmi.planner.api.fleet;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import it.ccvmi.planner.data.fleet.Vehicle;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** "Furgoni del giorno" through HTTP: every van's day, setting availability, shift and crew, and back to standard. */
@ApiTest
class FleetDayApiTest {

    private static final LocalDate DAY = LocalDate.of(2034, 6, 12);

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VehicleRepository vehicles;

    Auth planner;
    long van;

    @BeforeEach
    void aVan() {
        planner = api.bearer(accounts.planner());
        van = api.post("/api/v1/vehicles", planner, """
                {"organisation": "Giorno prova %s", "label": "Ducato", "capacityKg": 1200, "capacityM3": 10,
                 "refrigerated": true, "shiftStart": "08:00", "shiftEnd": "16:30"}""".formatted(UUID.randomUUID()))
                .json().get("id").asLong();
    }

    @Test
    void aVanNothingWasSetForIsAvailableOnItsStandardShift() {
        JsonNode day = dayOf(van, DAY);

        assertThat(day.get("available").asBoolean()).isTrue();
        assertThat(day.get("standardDay").asBoolean()).isTrue();
        assertThat(day.get("ownShift").asBoolean()).isFalse();
        assertThat(day.get("shiftStart").asString()).isEqualTo("08:00");
        assertThat(day.get("shiftEnd").asString()).isEqualTo("16:30");
        assertThat(day.get("refrigerated").asBoolean()).isTrue();
        assertThat(day.get("crew").isNull()).isTrue();
    }

    @Test
    void setsAvailabilityShiftAndCrewForOneDateOnlyAndGoesBackToStandard() {
        ApiClient.Response set = api.put(path(van, DAY), planner,
                "{\"available\": false, \"shiftStart\": \"10:00\", \"shiftEnd\": \"24:00\","
                        + " \"crew\": \" in officina \"}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode day = dayOf(van, DAY);
        assertThat(day.get("available").asBoolean()).isFalse();
        assertThat(day.get("ownShift").asBoolean()).isTrue();
        assertThat(day.get("standardDay").asBoolean()).isFalse();
        assertThat(day.get("shiftStart").asString()).isEqualTo("10:00");
        assertThat(day.get("shiftEnd").asString()).isEqualTo("24:00");
        assertThat(day.get("standardShiftStart").asString()).isEqualTo("08:00");
        assertThat(day.get("crew").asString()).isEqualTo("in officina");
        assertThat(dayOf(van, DAY.plusDays(1)).get("standardDay").asBoolean()).isTrue();

        ApiClient.Response again = api.put(path(van, DAY), planner,
                "{\"available\": true, \"crew\": \"Mario e Luca\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        day = dayOf(van, DAY);
        assertThat(day.get("available").asBoolean()).isTrue();
        assertThat(day.get("ownShift").asBoolean()).isFalse();
        assertThat(day.get("shiftEnd").asString()).isEqualTo("16:30");
        assertThat(rows()).isEqualTo(1);

        assertThat(api.delete(path(van, DAY), planner).status()).isEqualTo(204);
        assertThat(dayOf(van, DAY).get("standardDay").asBoolean()).isTrue();
        assertThat(rows()).isZero();
        assertThat(api.delete(path(van, DAY), planner).status()).isEqualTo(204);
    }

    @Test
    void badInputIsAnItalianProblemNamingTheFieldAndSavesNothing() {
        api.put(path(van, DAY), planner, "{\"available\": true, \"crew\": \"prima\"}");

        JsonNode endBeforeStart = assertProblem(api.put(path(van, DAY), planner,
                "{\"available\": false, \"shiftStart\": \"14:00\", \"shiftEnd\": \"09:00\"}"), 400);
        assertThat(endBeforeStart.get("title").asString()).isEqualTo("Dati non validi");
        assertThat(endBeforeStart.get("errors").get(0).get("field").asString()).isEqualTo("shiftEnd");
        assertThat(endBeforeStart.get("errors").get(0).get("message").asString())
                .isEqualTo("la fine del turno deve venire dopo l'inizio (14:00)");
        JsonNode outside = assertProblem(api.put(path(van, DAY), planner,
                "{\"available\": true, \"shiftStart\": \"25:00\", \"shiftEnd\": \"26:00\"}"), 400);
        assertThat(outside.get("errors").get(0).get("field").asString()).isEqualTo("shiftStart");
        assertThat(outside.get("detail").asString()).contains("non è un orario tra 00:00 e 24:00");
        assertInvalidField(api.put(path(van, DAY), planner,
                "{\"available\": true, \"shiftStart\": \"09:00\", \"shiftEnd\": \"24:30\"}"), "shiftEnd");
        assertInvalidField(api.put(path(van, DAY), planner,
                "{\"available\": true, \"shiftStart\": \"9 e mezza\", \"shiftEnd\": \"12:00\"}"), "shiftStart");
        assertInvalidField(api.put(path(van, DAY), planner, "{\"available\": true, \"shiftStart\": \"09:00\"}"),
                "shiftEnd");
        assertInvalidField(api.put(path(van, DAY), planner, "{\"available\": true, \"shiftEnd\": \"12:00\"}"),
                "shiftStart");
        JsonNode missing = assertProblem(api.put(path(van, DAY), planner, "{\"crew\": \"x\"}"), 400);
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("available");
        assertThat(missing.get("errors").get(0).get("message").asString()).contains("disponibile");
        assertInvalidField(api.put(path(van, DAY), planner,
                "{\"available\": true, \"crew\": \"" + "x".repeat(501) + "\"}"), "crew");
        assertInvalidField(api.put("/api/v1/fleet/2034-13-40/" + van, planner, "{\"available\": true}"), "date");
        assertProblem(api.put(path(987654321, DAY), planner, "{\"available\": true}"), 404);
        assertProblem(api.delete(path(987654321, DAY), planner), 404);

        JsonNode day = dayOf(van, DAY);
        assertThat(day.get("available").asBoolean()).isTrue();
        assertThat(day.get("crew").asString()).isEqualTo("prima");
        assertThat(day.get("ownShift").asBoolean()).isFalse();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void deletingAVanDeletesItsDays() {
        api.put(path(van, DAY), planner, "{\"available\": false}");

        assertThat(api.delete("/api/v1/vehicles/" + van, planner).status()).isEqualTo(204);
        assertThat(rows()).isZero();
    }

    @Test
    void isForPlannersOnly() {
        Auth coc = api.bearer(accounts.coc("015146"));

        assertProblem(api.get("/api/v1/fleet/" + DAY, coc), 403);
        assertProblem(api.put(path(van, DAY), coc, "{\"available\": false}"), 403);
        assertThat(rows()).isZero();
    }

    @Test
    void aDemoVanWorksOnItsDemoDayOnly() {
        LocalDate demoDay = DAY.plusDays(20);
        Vehicle demo = vehicles.findById(van).orElseThrow();
        demo.markDemoVan(demoDay);
        vehicles.save(demo);
        try {
            assertThat(api.get("/api/v1/vehicles/" + van, planner).json().get("demoDay").asString())
                    .isEqualTo(demoDay.toString());
            assertThat(dayOf(van, demoDay).get("available").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/fleet/" + demoDay.plusDays(1), planner).json().valueStream()
                    .map(day -> day.get("vehicleId").asLong())).doesNotContain(van);

            JsonNode otherDay = assertProblem(api.put(path(van, demoDay.plusDays(1)), planner,
                    "{\"available\": true}"), 409);

            assertThat(otherDay.get("detail").asString()).contains("è dimostrativo del "
                    + demoDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(rows()).isZero();
        } finally {
            api.delete("/api/v1/vehicles/" + van, planner);
        }
    }

    private JsonNode dayOf(long vehicleId, LocalDate date) {
        ApiClient.Response day = api.get("/api/v1/fleet/" + date, planner);
        assertThat(day.status()).as(day.body()).isEqualTo(200);
        return day.json().valueStream().filter(van -> van.get("vehicleId").asLong() == vehicleId).findFirst()
                .orElseThrow();
    }

    private static String path(long vehicleId, LocalDate date) {
        return "/api/v1/fleet/" + date + "/" + vehicleId;
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vehicle_day WHERE vehicle_id = ?", Long.class, van);
    }
}
