package it.ccvmi.planner.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class OpenApiTest {

    @Autowired
    ApiClient api;

    @Test
    void describesTheResourcesAndBothWaysToSignIn() {
        ApiClient.Response docs = api.get("/v3/api-docs", Auth.NONE);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = docs.json();
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.get("info").get("title").asString()).isEqualTo("Ci siAMO Planner API");
        assertThat(openApi.get("paths").propertyNames()).contains("/api/v1/comuni", "/api/v1/comuni/{istat}",
                "/api/v1/sites", "/api/v1/sites/{id}", "/api/v1/goods-types", "/api/v1/goods-types/{code}",
                "/api/v1/stock-lots", "/api/v1/stock-lots/{id}", "/api/v1/stock-lots/import",
                "/api/v1/stock-lots/export", "/api/v1/requests", "/api/v1/requests/{id}", "/api/v1/requests/import",
                "/api/v1/requests/export", "/api/v1/vehicles", "/api/v1/vehicles/{id}", "/api/v1/vehicles/import",
                "/api/v1/vehicles/export");
        JsonNode schemes = openApi.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(openApi.get("security").valueStream().flatMap(requirement -> requirement.propertyNames().stream()))
                .containsExactlyInAnyOrder("basic", "bearer");
        assertThat(openApi.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Comuni", "Sites", "Goods types", "Stock lots", "Delivery requests", "Vehicles");
        assertThat(openApi.get("paths").get("/api/v1/requests/import").get("post").get("requestBody").get("content")
                .propertyNames()).containsExactly("text/csv");
        // the signed-in account is not a parameter clients send
        assertThat(openApi.get("paths").get("/api/v1/requests").get("get").get("parameters").valueStream()
                .map(parameter -> parameter.get("name").asString())).containsExactlyInAnyOrder("date", "comune");
    }

    @Test
    void describesTheFieldsOfAPlanVersionNotOpaqueObjects() {
        JsonNode openApi = api.get("/v3/api-docs", Auth.NONE).json();

        JsonNode version = schema(openApi, openApi.at("/paths/~1api~1v1~1plans~1{date}~1versions~1{number}/get"
                + "/responses/200/content"));
        assertThat(version.get("properties").propertyNames()).contains("routes", "allocations", "fairness",
                "unassigned", "unusedVehicles", "router", "scoreAnalysis", "feasibility", "timings");
        JsonNode fairness = schema(openApi, version.at("/properties/fairness"));
        assertThat(fairness.get("properties").propertyNames()).contains("minimum", "mean", "jain", "perComune");
        JsonNode unassigned = schema(openApi, version.at("/properties/unassigned/items"));
        assertThat(unassigned.get("properties").propertyNames()).contains("siteId", "goods", "kg", "reason");
    }

    /** The schema a node refers to ({@code $ref}), or the node itself; a response's content of any media type. */
    private static JsonNode schema(JsonNode openApi, JsonNode node) {
        JsonNode schema = node.has("schema") ? node.get("schema")
                : node.has("*/*") || node.has("application/json") ? node.valueStream().findFirst().orElseThrow()
                        .get("schema") : node;
        if (schema.has("$ref")) {
            return openApi.at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    @Test
    void servesSwaggerUi() {
        ApiClient.Response index = api.get("/swagger-ui/index.html", Auth.NONE);
        ApiClient.Response shortcut = api.get("/swagger-ui.html", Auth.NONE);

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui");
        assertThat(shortcut.status()).isEqualTo(302);
        assertThat(shortcut.header("Location")).contains("/swagger-ui/index.html");
    }
}
