package it.ccvmi.planner.data.stock;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    /** The movements of the lots that arrived by the day, oldest first. */
    @Query("""
            SELECT m FROM StockMovement m JOIN FETCH m.lot l JOIN FETCH m.planVersion v JOIN FETCH v.plan
            WHERE l.arrivalDate <= ?1 ORDER BY m.id
            """)
    List<StockMovement> findForLotsArrivedBy(LocalDate day);

    /** The movements of one plan version (its reservations and what became of them). */
    @Query("SELECT m FROM StockMovement m JOIN FETCH m.lot WHERE m.planVersion.id = ?1 ORDER BY m.id")
    List<StockMovement> findByPlanVersionId(long planVersionId);

    /** The movements of one lot. */
    @Query("SELECT m FROM StockMovement m WHERE m.lot.id = ?1 ORDER BY m.id")
    List<StockMovement> findByLotId(long lotId);

    /** The movements of one stop item. */
    @Query("SELECT m FROM StockMovement m JOIN FETCH m.lot WHERE m.item.id = ?1 ORDER BY m.id")
    List<StockMovement> findByItemId(long itemId);
}
