package it.ccvmi.planner.api.jobs;

import it.ccvmi.planner.api.security.PlannerPrincipal;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Planning jobs: plan a date in the background, follow it, stop it. Planners only (URL rule). */
@RestController
@RequestMapping("/api/v1/plans")
class PlanningJobController {

    private final PlanningJobs jobs;

    PlanningJobController(PlanningJobs jobs) {
        this.jobs = jobs;
    }

    /** Queues a job for the date; 202 with the job and its Location. */
    @PostMapping
    ResponseEntity<JobView> plan(@Valid @RequestBody PlanRequest request,
            @AuthenticationPrincipal PlannerPrincipal principal) {
        JobView job = jobs.submit(request, principal.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/jobs/" + job.id())).body(job);
    }

    /** Queues a re-plan of the date's published version; 202 with the job and its Location. */
    @PostMapping("/{date}/replans")
    ResponseEntity<JobView> replan(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody ReplanRequest request, @AuthenticationPrincipal PlannerPrincipal principal) {
        JobView job = jobs.submitReplan(date, request, principal.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/jobs/" + job.id())).body(job);
    }

    /** Newest first. */
    @GetMapping("/jobs")
    List<JobView> list() {
        return jobs.list();
    }

    @GetMapping("/jobs/{jobId}")
    JobView get(@PathVariable String jobId) {
        return jobs.get(jobId);
    }

    /**
     * {@code progress} events with the job on every new best score and at least every second, then {@code done};
     * 204 to a client reconnecting after {@code done} (Last-Event-ID: done).
     */
    @GetMapping(path = "/jobs/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@PathVariable String jobId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        if (JobEvents.DONE_ID.equals(lastEventId)) {
            jobs.get(jobId); // 404 for an unknown job all the same
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(jobs.events(jobId));
    }

    /** Stops the job early; a solving job keeps its best plan so far (STOPPED). */
    @DeleteMapping("/jobs/{jobId}")
    JobView stop(@PathVariable String jobId) {
        return jobs.stop(jobId);
    }
}
