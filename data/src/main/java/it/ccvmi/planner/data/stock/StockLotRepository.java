package it.ccvmi.planner.data.stock;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StockLotRepository extends JpaRepository<StockLot, Long> {

    @Query("SELECT l FROM StockLot l JOIN FETCH l.depot ORDER BY l.id")
    List<StockLot> findAllWithDepot();

    /** Lots that arrived in [arrivedSince, day] and have not expired by the day, with their goods type. */
    @Query("""
            SELECT l FROM StockLot l JOIN FETCH l.goodsType
            WHERE l.arrivalDate BETWEEN ?2 AND ?1 AND (l.expiryDate IS NULL OR l.expiryDate >= ?1) ORDER BY l.id
            """)
    List<StockLot> findUsableOn(LocalDate day, LocalDate arrivedSince);
}
