package it.ccvmi.planner.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description served at /v3/api-docs and browsed at /swagger-ui.html. Every operation may be
 * called with HTTP Basic or with a bearer token from POST /api/v1/auth/tokens (either one suffices).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI plannerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ci siAMO Planner API").version("v1")
                        .description("Planning of food and medicine deliveries for the civil-protection volunteers "
                                + "of the Città metropolitana di Milano: reference data, delivery requests, stock "
                                + "and fleet (JSON and CSV sheets), planning jobs and published plans. Errors are "
                                + "RFC 9457 problem documents naming the wrong field. Planner accounts may use "
                                + "everything; COC accounts only their own comune's requests and schedule."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password of a planner or COC account"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token from POST /api/v1/auth/tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
