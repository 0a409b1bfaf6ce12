package it.ccvmi.planner.data.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeliveryRequestRepository extends JpaRepository<DeliveryRequest, Long> {

    List<DeliveryRequest> findByDeliveryDateIn(Collection<LocalDate> deliveryDates);

    @Query("""
            SELECT r FROM DeliveryRequest r JOIN FETCH r.site s JOIN FETCH s.comune
            WHERE r.deliveryDate = :day ORDER BY s.kind, s.comune.istatCode, s.name, r.goodsType.code
            """)
    List<DeliveryRequest> findForDeliveryDate(@Param("day") LocalDate day);

    boolean existsByDeliveryDate(LocalDate deliveryDate);

    @Query("""
            SELECT r FROM DeliveryRequest r JOIN FETCH r.site s JOIN FETCH s.comune
            ORDER BY r.deliveryDate, s.kind, s.comune.istatCode, s.name, r.goodsType.code
            """)
    List<DeliveryRequest> findAllWithSite();
}
