package it.ccvmi.planner.api.goods;

import static it.ccvmi.planner.api.support.Problems.assertInvalidField;
import static it.ccvmi.planner.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ApiTest
class GoodsTypeApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Auth planner;

    @BeforeEach
    void signIn() {
        planner = api.bearer(accounts.planner());
    }

    @Test
    void listsTheCatalogueAndAnswersOneTypeOr404() {
        JsonNode list = api.get("/api/v1/goods-types", planner).json();
        ApiClient.Response pasta = api.get("/api/v1/goods-types/PASTA_RISO", planner);

        assertThat(list.valueStream().map(type -> type.get("code").asString()))
                .contains("BEVANDE", "PASTA_RISO", "KIT_VACCINO_ANTINFLUENZALE");
        assertThat(pasta.json().get("italianName").asString()).isEqualTo("Pasta e riso");
        assertThat(pasta.json().get("unitWeightKg").decimalValue()).isEqualByComparingTo("12");
        assertThat(pasta.json().get("temperatureClass").asString()).isEqualTo("AMBIENT");
        assertProblem(api.get("/api/v1/goods-types/CAVIALE", planner), 404);
    }

    @Test
    void createsUpdatesAndDeletesAGoodsType() {
        ApiClient.Response created = api.post("/api/v1/goods-types", planner,
                type("OLIO_TEST", "Olio di prova", "1.5"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/goods-types/OLIO_TEST");
        assertThat(created.json().get("unitWeightKg").decimalValue()).isEqualByComparingTo("1.5");

        ApiClient.Response updated = api.put("/api/v1/goods-types/OLIO_TEST", planner,
                type("OLIO_TEST", "Olio extravergine di prova", "2.25"));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/goods-types/OLIO_TEST", planner).json();
        assertThat(read.get("italianName").asString()).isEqualTo("Olio extravergine di prova");
        assertThat(read.get("unitWeightKg").decimalValue()).isEqualByComparingTo("2.25");

        assertThat(api.delete("/api/v1/goods-types/OLIO_TEST", planner).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/goods-types/OLIO_TEST", planner), 404);
        assertProblem(api.put("/api/v1/goods-types/OLIO_TEST", planner, type("OLIO_TEST", "Olio", "1")), 404);
    }

    @Test
    void refusesDuplicatesAndTheDeletionOfATypeInUse() {
        api.post("/api/v1/goods-types", planner, type("SALE_TEST", "Sale di prova", "1"));
        ApiClient.Response lot = api.post("/api/v1/stock-lots", planner, """
                {"goodsCode": "SALE_TEST", "units": 4, "arrivalDate": "2031-06-01"}""");
        assertThat(lot.status()).as(lot.body()).isEqualTo(201);

        assertProblem(api.post("/api/v1/goods-types", planner, type("SALE_TEST", "Sale grosso", "1")), 409);
        assertInvalidField(api.post("/api/v1/goods-types", planner, type("SALE_BIS", "pasta E RISO", "1")),
                "italianName");
        assertProblem(api.delete("/api/v1/goods-types/SALE_TEST", planner), 409);
        assertThat(api.get("/api/v1/goods-types/SALE_TEST", planner).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/stock-lots/" + lot.json().get("id").asLong(), planner).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/goods-types/SALE_TEST", planner).status()).isEqualTo(204);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM goods_type", Long.class);

        assertInvalidField(api.post("/api/v1/goods-types", planner, type("olio minuscolo", "Olio", "1")), "code");
        assertInvalidField(api.post("/api/v1/goods-types", planner, type("OLIO_NEG", "Olio", "-1")), "unitWeightKg");
        assertInvalidField(api.post("/api/v1/goods-types", planner, type("OLIO_BIG", "Olio", "123456789")),
                "unitWeightKg");
        assertInvalidField(api.post("/api/v1/goods-types", planner, type("OLIO_ZERO", "Olio", "0")), "unitWeightKg");
        assertInvalidField(api.post("/api/v1/goods-types", planner, type("OLIO_TXT", "Olio", "\"pesante\"")),
                "unitWeightKg");
        assertInvalidField(api.post("/api/v1/goods-types", planner,
                type("OLIO_FAM", "Olio", "1").replace("\"FOOD\"", "\"TOYS\"")), "family");
        assertInvalidField(api.post("/api/v1/goods-types", planner, "{\"code\": \"OLIO\"}"), "italianName");
        assertInvalidField(api.put("/api/v1/goods-types/BEVANDE", planner, type("ACQUA", "Bevande", "9.5")), "code");
        assertInvalidField(api.post("/api/v1/goods-types", planner, "[1, 2"), "body");
        assertProblem(api.send("/api/v1/goods-types", planner, "POST", "OLIO", "text/plain"), 415);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goods_type", Long.class)).isEqualTo(before);
        assertThat(api.get("/api/v1/goods-types/BEVANDE", planner).json().get("italianName").asString())
                .isEqualTo("Bevande");
    }

    @Test
    void isForPlannersOnly() {
        assertProblem(api.get("/api/v1/goods-types", api.bearer(accounts.coc("015146"))), 403);
    }

    private static String type(String code, String name, String unitWeight) {
        return """
                {"code": "%s", "italianName": "%s", "family": "FOOD", "temperatureClass": "AMBIENT", "unit": "CASE",
                 "unitWeightKg": %s, "unitVolumeM3": 0.01}
                """.formatted(code, name, unitWeight);
    }
}
