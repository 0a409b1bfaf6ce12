package it.ccvmi.planner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiTest;
import it.ccvmi.planner.api.support.RawRequest;
import it.ccvmi.planner.api.support.RawRequest.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests rejected before any controller runs still get a problem document, never an HTML page. */
@ApiTest
class ErrorDocumentTest {

    @Autowired
    ApiClient api;

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/sites/1%2F2", // an encoded '/' in a path segment (Tomcat)
            "/api/v1/sites/%3Cscript%3E", // an encoded '<' (Spring Security's firewall)
            "/api/v1/sites/<script>", // an unencoded '<' in the request line (Tomcat's parser)
            "/api/v1/public/statistics?from=%ED%A0%80", // a lone UTF-16 surrogate, as UTF-8 bytes
            "/api/v1/public/statistics?from=%E0%A4", // a truncated UTF-8 sequence
            "/wfs/%2F", "/console/%2e%2e%2f%2e%2e%2fetc", "/%", "/api/v1/comuni?name=%zz"})
    void malformedRequestsAreAnsweredWithAProblemDocument(String target) {
        Answer answer = RawRequest.send(api.baseUrl(), "GET", target, "Accept: text/html");

        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
    }
}
