package it.ccvmi.planner.data.stock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StockLotRepository extends JpaRepository<StockLot, Long> {

    @Query("SELECT l FROM StockLot l JOIN FETCH l.depot ORDER BY l.id")
    List<StockLot> findAllWithDepot();
}
