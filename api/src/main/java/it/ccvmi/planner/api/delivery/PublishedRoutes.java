package it.ccvmi.planner.api.delivery;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Finds the routes crews drive: those of a day's published version (drafts and replaced versions are not driven). */
@Component
class PublishedRoutes {

    private final PlanVersionRepository versions;

    PublishedRoutes(PlanVersionRepository versions) {
        this.versions = versions;
    }

    /** @throws ApiProblem 404 for an unknown version, 409 when it is not the published one */
    PlanVersion version(LocalDate date, int number) {
        PlanVersion version = versions.findByDeliveryDate(date).stream()
                .filter(candidate -> candidate.getNumber() == number).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Il piano del " + date + " non ha una versione " + number + "."));
        if (version.getStatus() != PlanStatus.PUBLISHED) {
            throw ApiProblem.conflict("Versione non pubblicata", "La versione " + number + " del piano del " + date
                    + " non è quella pubblicata: i furgoni guidano solo i giri della versione pubblicata.");
        }
        return version;
    }

    /** @throws ApiProblem 404 when the version has no such route */
    Route route(LocalDate date, int number, long routeId) {
        return version(date, number).getRoutes().stream().filter(route -> route.getId() == routeId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("La versione " + number + " del piano del " + date
                        + " non ha il giro " + routeId + "."));
    }
}
