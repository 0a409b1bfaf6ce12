package it.ccvmi.planner.data.stock;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockLotRepository extends JpaRepository<StockLot, Long> {

    /** Lots at hand on a day: arrived by then and not expired. */
    @Query("""
            SELECT l FROM StockLot l JOIN FETCH l.depot
            WHERE l.arrivalDate <= :day AND (l.expiryDate IS NULL OR l.expiryDate >= :day)
            ORDER BY l.goodsType.code, l.expiryDate, l.id
            """)
    List<StockLot> findAvailableOn(@Param("day") LocalDate day);

    @Query("SELECT l FROM StockLot l JOIN FETCH l.depot ORDER BY l.id")
    List<StockLot> findAllWithDepot();
}
