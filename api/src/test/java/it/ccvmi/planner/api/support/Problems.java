package it.ccvmi.planner.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem documents. */
public final class Problems {

    private Problems() {
    }

    /** A problem document with this status. */
    public static JsonNode assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        return response.json();
    }

    /** A 400 whose errors name {@code field}. */
    public static void assertInvalidField(ApiClient.Response response, String field) {
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(response.body()).contains(field);
    }
}
