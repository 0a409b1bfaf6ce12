package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.plans.PlanDocuments.PlanSummary;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stored plans of a date: its versions, each version's result, publication. Planners only (URL rule). */
@RestController
@RequestMapping("/api/v1/plans/{date}")
class PlanController {

    private final PlanDocuments documents;
    private final PlanPublication publication;
    private final VersionChanges changes;

    PlanController(PlanDocuments documents, PlanPublication publication, VersionChanges changes) {
        this.documents = documents;
        this.publication = publication;
        this.changes = changes;
    }

    @GetMapping
    PlanSummary plan(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return documents.summary(date);
    }

    @GetMapping("/versions/{number}")
    VersionDocument version(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number) {
        return documents.version(date, number);
    }

    /** A re-planned version's differences against the version it re-planned; 404 for a version planned from scratch. */
    @GetMapping("/versions/{number}/changes")
    ChangesDocument changes(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number) {
        return changes.changes(date, number);
    }

    @PostMapping("/versions/{number}/publish")
    VersionDocument publish(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable int number, @AuthenticationPrincipal PlannerPrincipal principal) {
        return publication.publish(date, number, principal.username());
    }

    @GetMapping("/published")
    VersionDocument published(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return documents.published(date);
    }
}
