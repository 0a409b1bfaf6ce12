package it.ccvmi.planner.api.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * "Plan this date": the body of {@code POST /api/v1/plans}.
 *
 * @param timeLimitSeconds solver budget, 1..600 (default {@value #DEFAULT_TIME_LIMIT_SECONDS})
 * @param vehicleIds       the vans to use (vehicle ids); absent = the whole fleet
 * @param fairness         how the fair split weighs the requesters; absent = standard with equity over time
 */
public record PlanRequest(@NotNull LocalDate date, @Min(1) @Max(600) Integer timeLimitSeconds, List<Long> vehicleIds,
        @Valid FairnessRequest fairness) {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

    int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }

    FairnessRequest fairnessOrDefault() {
        return fairness == null ? FairnessRequest.DEFAULT : fairness;
    }
}
