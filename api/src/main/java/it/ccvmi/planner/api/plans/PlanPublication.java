package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.plan.Allocation;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanStatus;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.RequestStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a draft: it becomes the version COCs and the public see, the previously published one becomes
 * SUPERSEDED (both stay readable), and the day's requests follow it: those it gives goods to are PLANNED, those
 * it leaves without are REQUESTED again, and the stock ledger moves its reservations to the new version
 * ({@link VersionPublished}). All or nothing, one publication of a day at a time.
 */
@Component
class PlanPublication {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanPublication(PlanRepository plans, PlanVersionRepository versions, PlanDocuments documents,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ApiProblem 404 for an unknown version, 409 when it is not a draft or (from the stock ledger) when the
     *                    stock left cannot cover it
     */
    @Transactional
    VersionDocument publish(LocalDate date, int number, String publisher) {
        plans.lockByDeliveryDate(date).orElseThrow(() -> ApiProblem.notFound("nessun piano per il " + date));
        PlanVersion version = documents.find(date, number);
        if (version.getStatus() != PlanStatus.DRAFT) {
            throw ApiProblem.conflict("la versione " + number + " del " + date + " è " + version.getStatus()
                    + ": si pubblica solo una bozza (DRAFT)");
        }
        Optional<PlanVersion> superseded = versions.findPublished(date);
        superseded.ifPresent(PlanVersion::supersede);
        versions.flush(); // the old version leaves PUBLISHED before the new one enters it
        version.publish(publisher, clock);
        markRequests(version);
        versions.flush();
        events.publishEvent(new VersionPublished(date, version.getId(),
                superseded.map(PlanVersion::getId).orElse(null)));
        return documents.document(version);
    }

    /** Cancelled and delivered requests keep their status; requests newer than the plan are not in it. */
    private void markRequests(PlanVersion version) {
        for (Allocation allocation : version.getAllocations()) {
            DeliveryRequest request = allocation.getRequest();
            if (request.getStatus() == RequestStatus.REQUESTED || request.getStatus() == RequestStatus.PLANNED) {
                RequestStatus status = allocation.getUnits() > 0 ? RequestStatus.PLANNED : RequestStatus.REQUESTED;
                request.mark(status, clock); // a COC's change meanwhile fails the publication (409), not lost
            }
        }
    }
}
