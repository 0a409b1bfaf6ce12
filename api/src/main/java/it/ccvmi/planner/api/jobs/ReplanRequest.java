package it.ccvmi.planner.api.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;

/**
 * "Re-plan the published day from this time": the body of {@code POST /api/v1/plans/{date}/replans}. Urgent deliveries
 * need no field: they are the date's requests that the published version does not cover.
 *
 * @param at                   stops the published routes reach before it are done or under way and stay as they are
 * @param vehiclesOutOfService vehicle ids: they keep their stops before {@code at} and take no more
 * @param refusedStops         route stop ids of the published version whose site refused the delivery: postponed
 * @param timeLimitSeconds     solver budget, 1..600 (default {@value PlanRequest#DEFAULT_TIME_LIMIT_SECONDS})
 */
public record ReplanRequest(@NotNull LocalTime at, List<Long> vehiclesOutOfService, List<Long> refusedStops,
        @Min(1) @Max(600) Integer timeLimitSeconds) {

    int timeLimit() {
        return timeLimitSeconds == null ? PlanRequest.DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }

    List<Long> outOfService() {
        return vehiclesOutOfService == null ? List.of() : vehiclesOutOfService;
    }

    List<Long> refused() {
        return refusedStops == null ? List.of() : refusedStops;
    }
}
