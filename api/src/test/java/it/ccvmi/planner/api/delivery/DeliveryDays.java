package it.ccvmi.planner.api.delivery;

import static it.ccvmi.planner.api.schedule.PublishedPlans.MILANO;
import static it.ccvmi.planner.api.schedule.PublishedPlans.SESTO;
import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.schedule.PublishedPlans;
import it.ccvmi.planner.api.schedule.PublishedPlans.Stored;
import it.ccvmi.planner.api.schedule.PublishedPlans.Visit;
import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiClient.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import tools.jackson.databind.JsonNode;

/**
 * The published day the delivery tests drive: one van leaving at 08:00 for Sesto San Giovanni (08:40, 3 cases of
 * drinks), Milano (09:10, 10 cases of pasta and 4 of dairy, chilled) and Cinisello Balsamo (10:00, 2 boxes of DPI).
 */
record DeliveryDays(ApiClient api, PublishedPlans plans, Auth planner) {

    static final String CINISELLO = "015077";

    /** A stored day and its route. */
    record Day(LocalDate date, Stored stored, long routeId) {

        String versionPath() {
            return "/api/v1/plans/" + date + "/versions/" + stored.versionNumber();
        }

        String manifestPath() {
            return versionPath() + "/routes/" + routeId + "/manifest";
        }
    }

    Day publish() {
        LocalDate date = plans.newDay();
        Stored stored = plans.publish(date, LocalTime.of(8, 0),
                Visit.of(SESTO, LocalTime.of(8, 40), "BEVANDE", 3),
                Visit.of(MILANO, LocalTime.of(9, 10), "PASTA_RISO", 10, "FORMAGGI_LATTICINI", 4),
                Visit.of(CINISELLO, LocalTime.of(10, 0), "DPI", 2));
        Response version = api.get("/api/v1/plans/" + date + "/versions/" + stored.versionNumber(), planner);
        assertThat(version.status()).as(version.body()).isEqualTo(200);
        return new Day(date, stored, version.json().get("routes").get(0).get("routeId").asLong());
    }

    /** The crew link of the day's only route. */
    String token(Day day) {
        Response links = api.get(day.versionPath() + "/crew-links", planner);
        assertThat(links.status()).as(links.body()).isEqualTo(200);
        return links.json().get(0).get("token").asString();
    }

    /** The crew's view of the route (anonymous: the token is the credential). */
    JsonNode crewRoute(String token) {
        Response route = api.get("/api/v1/crew/" + token, Auth.NONE);
        assertThat(route.status()).as(route.body()).isEqualTo(200);
        return route.json();
    }

    Response confirm(String token, long stopId, String json) {
        return api.post("/api/v1/crew/" + token + "/stops/" + stopId + "/confirmation", Auth.NONE, json);
    }
}
