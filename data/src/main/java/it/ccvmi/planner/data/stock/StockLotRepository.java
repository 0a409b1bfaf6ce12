package it.ccvmi.planner.data.stock;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StockLotRepository extends JpaRepository<StockLot, Long> {

    @Query("SELECT l FROM StockLot l JOIN FETCH l.depot ORDER BY l.id")
    List<StockLot> findAllWithDepot();

    /** Lots that arrived by the day (expired ones included), with their goods type. */
    @Query("SELECT l FROM StockLot l JOIN FETCH l.goodsType WHERE l.arrivalDate <= ?1 ORDER BY l.id")
    List<StockLot> findArrivedBy(LocalDate day);

    /**
     * Lots the day may hand out (arrived by it, not expired before it), locked until the transaction ends. Always
     * locked in id order, so two transactions locking lots never wait for each other in a circle.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            SELECT l FROM StockLot l
            WHERE l.arrivalDate <= ?1 AND (l.expiryDate IS NULL OR l.expiryDate >= ?1) ORDER BY l.id
            """)
    List<StockLot> lockUsableOn(LocalDate day);

    /** These lots, locked until the transaction ends, in id order (see {@link #lockUsableOn}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT l FROM StockLot l WHERE l.id IN ?1 ORDER BY l.id")
    List<StockLot> lockAll(Collection<Long> ids);
}
