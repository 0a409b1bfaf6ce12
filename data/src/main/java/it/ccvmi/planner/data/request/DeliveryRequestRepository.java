package it.ccvmi.planner.data.request;

import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.site.Site;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeliveryRequestRepository extends JpaRepository<DeliveryRequest, Long> {

    Optional<DeliveryRequest> findBySiteAndDeliveryDateAndGoodsType(Site site, LocalDate deliveryDate,
            GoodsType goodsType);

    @Query("""
            SELECT r FROM DeliveryRequest r JOIN FETCH r.site s JOIN FETCH s.comune
            WHERE r.deliveryDate = :day ORDER BY s.kind, s.comune.istatCode, s.name, r.goodsType.code
            """)
    List<DeliveryRequest> findForDeliveryDate(@Param("day") LocalDate day);

    @Query("""
            SELECT r FROM DeliveryRequest r JOIN FETCH r.site s JOIN FETCH s.comune
            ORDER BY r.deliveryDate, s.kind, s.comune.istatCode, s.name, r.goodsType.code
            """)
    List<DeliveryRequest> findAllWithSite();
}
