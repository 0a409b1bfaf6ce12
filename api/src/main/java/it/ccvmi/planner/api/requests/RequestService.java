package it.ccvmi.planner.api.requests;

import it.ccvmi.planner.api.goods.GoodsTypeService;
import it.ccvmi.planner.api.portal.RequestDeadline;
import it.ccvmi.planner.api.security.ComuneAccess;
import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.sites.SiteService;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.request.RequestStatus;
import it.ccvmi.planner.data.site.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery requests. A COC account sees and changes only the requests of its own comune's sites; a
 * planner all of them. A COC changes a day's requests only until its deadline ({@link RequestDeadline}).
 * Site, date and goods type are the request's natural key and never change.
 */
@Service
@Transactional
public class RequestService {

    private final DeliveryRequestRepository requests;
    private final SiteService sites;
    private final GoodsTypeService goodsTypes;
    private final RequestDeadline deadline;
    private final Clock clock;

    RequestService(DeliveryRequestRepository requests, SiteService sites, GoodsTypeService goodsTypes,
            RequestDeadline deadline, Clock clock) {
        this.requests = requests;
        this.sites = sites;
        this.goodsTypes = goodsTypes;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The requests of a date and/or comune; a COC account without a comune filter gets its own comune's. */
    @Transactional(readOnly = true)
    public List<RequestView> list(LocalDate date, String comuneIstat, PlannerPrincipal caller) {
        String comune = comuneIstat != null || caller.isPlanner() ? comuneIstat : caller.comuneIstat();
        if (comune != null) {
            ComuneAccess.require(caller, comune);
        }
        return (date == null ? requests.findAllWithSite() : requests.findForDeliveryDate(date)).stream()
                .filter(request -> comune == null || comune.equals(request.getSite().getComune().getIstatCode()))
                .map(RequestView::of).toList();
    }

    @Transactional(readOnly = true)
    public RequestView get(long id, PlannerPrincipal caller) {
        return RequestView.of(findFor(id, caller));
    }

    public RequestView create(RequestInput input, PlannerPrincipal caller) {
        Site site = sites.reference(input.siteId(), "siteId");
        ComuneAccess.require(caller, site.getComune().getIstatCode());
        deadline.requireOpen(input.date(), caller);
        GoodsType goods = goodsTypes.reference(input.goodsCode(), "goodsCode");
        DeliveryRequest request = new DeliveryRequest(site, input.date(), goods, input.units(), statusOf(input), clock);
        return RequestView.of(requests.saveAndFlush(request)); // a second request for site, date, goods: 409
    }

    /**
     * @param ifMatch the ETag the client read ({@code "3"}), or null to change whatever is current
     * @throws ApiProblem 412 when the request changed since the client read it
     */
    public RequestView update(long id, RequestInput input, String ifMatch, PlannerPrincipal caller) {
        DeliveryRequest request = findFor(id, caller);
        deadline.requireOpen(request.getDeliveryDate(), caller);
        EntityTags.requireMatch(ifMatch, request.getVersion(), "la richiesta è cambiata da quando è stata letta");
        if (!request.getSite().getId().equals(input.siteId())) {
            throw unchangeable("siteId");
        }
        if (!request.getDeliveryDate().equals(input.date())) {
            throw unchangeable("date");
        }
        if (!request.getGoodsType().getCode().equals(input.goodsCode())) {
            throw unchangeable("goodsCode");
        }
        // A client that leaves the status out keeps it (a PLANNED request stays PLANNED).
        request.revise(input.units(), Objects.requireNonNullElse(input.status(), request.getStatus()), clock);
        return RequestView.of(requests.saveAndFlush(request));
    }

    /** @throws ApiProblem 412 when the request changed since the client read it (If-Match) */
    public void delete(long id, String ifMatch, PlannerPrincipal caller) {
        DeliveryRequest request = findFor(id, caller);
        deadline.requireOpen(request.getDeliveryDate(), caller);
        EntityTags.requireMatch(ifMatch, request.getVersion(), "la richiesta è cambiata da quando è stata letta");
        requests.delete(request);
        requests.flush(); // a request a plan allocated goods to: 409
    }

    /** The request, or 404; 403 when it belongs to a comune the caller may not act for. */
    private DeliveryRequest findFor(long id, PlannerPrincipal caller) {
        DeliveryRequest request = requests.findById(id)
                .orElseThrow(() -> ApiProblem.notFound("nessuna richiesta di consegna con id " + id));
        ComuneAccess.require(caller, request.getSite().getComune().getIstatCode());
        return request;
    }

    private static RequestStatus statusOf(RequestInput input) {
        return Objects.requireNonNullElse(input.status(), RequestStatus.REQUESTED);
    }

    private static ApiProblem unchangeable(String field) {
        return ApiProblem.invalidField(field, "non può cambiare: eliminare la richiesta e crearne una nuova");
    }
}
