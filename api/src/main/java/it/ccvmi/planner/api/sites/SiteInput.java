package it.ccvmi.planner.api.sites;

import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A site as a client sends it. The comune is not sent: it is the one whose boundary contains lon/lat.
 * coordinateQuality defaults to APPROX_MANUAL (a point placed by hand).
 */
public record SiteInput(
        @NotNull SiteKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String address,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        CoordinateQuality coordinateQuality,
        @Size(max = 1000) String coordinateNotes) {
}
