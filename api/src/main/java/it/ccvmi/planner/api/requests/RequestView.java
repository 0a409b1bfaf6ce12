package it.ccvmi.planner.api.requests;

import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.RequestStatus;
import java.time.LocalDate;

public record RequestView(Long id, Long siteId, String comuneIstat, String siteName, LocalDate date,
        String goodsCode, int units, RequestStatus status, long version) {

    static RequestView of(DeliveryRequest request) {
        return new RequestView(request.getId(), request.getSite().getId(),
                request.getSite().getComune().getIstatCode(), request.getSite().getName(), request.getDeliveryDate(),
                request.getGoodsType().getCode(), request.getUnits(), request.getStatus(), request.getVersion());
    }

    /** The HTTP entity tag: a client sends it back in If-Match to change only what it read. */
    String eTag() {
        return EntityTags.of(version);
    }
}
