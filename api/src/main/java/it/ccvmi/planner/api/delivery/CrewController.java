package it.ccvmi.planner.api.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The crews' side, without an account: the token of the route's link is the credential (the URL rule lets
 * these calls in; every call checks the token).
 */
@RestController
@RequestMapping(value = "/api/v1/crew/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Crews")
class CrewController {

    private final CrewRoutes routes;
    private final StopConfirmations confirmations;

    CrewController(CrewRoutes routes, StopConfirmations confirmations) {
        this.routes = routes;
        this.confirmations = confirmations;
    }

    @GetMapping
    @Operation(summary = "The route of a crew link: stops in order with ETA window, address, goods to unload, "
            + "navigation links and confirmations so far (404 once the delivery day is over)")
    CrewRoute route(@PathVariable String token) {
        return routes.route(token);
    }

    @PostMapping(value = "/stops/{stopId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirms a stop: DELIVERED, PARTIAL (units per item) or NOT_DELIVERED (reason); "
            + "the same confirmationId again answers the stored confirmation, another one for a confirmed stop 409")
    ConfirmationView confirm(@PathVariable String token, @PathVariable long stopId,
            @RequestBody ConfirmationInput input) {
        long routeId = routes.routeOf(token);
        try {
            return confirmations.confirm(routeId, stopId, input);
        } catch (DataIntegrityViolationException crossed) {
            // The same confirmation arrived twice at once (a retry racing the original): the stored one answers.
            return confirmations.confirm(routeId, stopId, input);
        }
    }
}
