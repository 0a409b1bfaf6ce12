package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.plans.PlanDocuments;
import it.ccvmi.planner.api.security.ComuneAccess;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.goods.GoodsTypeRepository;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.territory.ComuneRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the COC portal page needs besides the requests API: the request form's choices and a day's outcome. */
@RestController
@RequestMapping("/api/v1/coc/{istat}")
@Tag(name = "COC portal")
class PortalController {

    /** How many coming delivery days the portal offers. */
    static final int DAYS_SHOWN = 6;
    /** The sites a COC asks for: its own centre and the comune's nursing homes. */
    private static final Set<SiteKind> REQUESTING_SITES = Set.of(SiteKind.COC, SiteKind.RSA);

    private final ComuneRepository comuni;
    private final SiteRepository sites;
    private final GoodsTypeRepository goodsTypes;
    private final PlanVersionRepository versions;
    private final PlanDocuments documents;
    private final RequestDeadline deadline;

    PortalController(ComuneRepository comuni, SiteRepository sites, GoodsTypeRepository goodsTypes,
            PlanVersionRepository versions, PlanDocuments documents, RequestDeadline deadline) {
        this.comuni = comuni;
        this.sites = sites;
        this.goodsTypes = goodsTypes;
        this.versions = versions;
        this.documents = documents;
        this.deadline = deadline;
    }

    record Choice(String code, String name, String unit) {
    }

    record SiteChoice(long id, String name, String kind) {
    }

    /** @param open requests may still be created, changed or withdrawn; published: the day's plan is out */
    record DeliveryDay(LocalDate date, OffsetDateTime deadline, boolean open, boolean published) {
    }

    record PortalDocument(String istat, String comuneName, List<SiteChoice> sites, List<Choice> goods,
            List<DeliveryDay> days) {
    }

    @GetMapping("/portal")
    @Transactional(readOnly = true)
    @Operation(summary = "The COC portal's choices: the comune's sites, goods categories and the coming delivery "
            + "days with their request deadline")
    PortalDocument portal(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat) {
        ComuneAccess.require(principal, istat);
        var comune = comuni.findById(istat).orElseThrow(() -> ApiProblem.notFound("nessun comune con codice " + istat));
        List<SiteChoice> own = sites.findByComuneIstatCodeOrderByKindAscNameAsc(istat).stream()
                .filter(site -> REQUESTING_SITES.contains(site.getKind()))
                .map(site -> new SiteChoice(site.getId(), site.getName(), site.getKind().name())).toList();
        List<Choice> goods = goodsTypes.findAll().stream()
                .sorted(Comparator.comparing(type -> type.getItalianName()))
                .map(type -> new Choice(type.getCode(), type.getItalianName(), type.getUnit().name())).toList();
        List<DeliveryDay> days = deadline.nextDeliveryDays(DAYS_SHOWN).stream()
                .map(day -> new DeliveryDay(day, deadline.of(day).toOffsetDateTime(), deadline.isOpen(day),
                        versions.findPublished(day).isPresent()))
                .toList();
        return new PortalDocument(istat, comune.getName(), own, goods, days);
    }

    @GetMapping("/outcome")
    @Operation(summary = "What the comune gets from a day's published plan: per category requested and allocated "
            + "units with the coverage of all comuni' requests, and its postponed deliveries with reasons")
    CocOutcome outcome(@AuthenticationPrincipal PlannerPrincipal principal, @PathVariable String istat,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ComuneAccess.require(principal, istat);
        return CocOutcome.of(documents.published(date), istat);
    }
}
