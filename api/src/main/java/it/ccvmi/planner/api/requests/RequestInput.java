package it.ccvmi.planner.api.requests;

import it.ccvmi.planner.data.request.RequestStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * A delivery request as a client sends it; without a status a new request is REQUESTED and a changed one keeps
 * its own.
 */
public record RequestInput(
        @NotNull Long siteId,
        @NotNull LocalDate date,
        @NotBlank String goodsCode,
        @NotNull @Positive Integer units,
        RequestStatus status) {
}
