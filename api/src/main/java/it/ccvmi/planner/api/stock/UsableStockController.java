package it.ccvmi.planner.api.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.data.stock.StockLotRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stock a delivery day can hand out, by the planning's own rule: lots that arrived in the
 * {@code cisiamo.planning.stock-arrival-days} days before it (or on it) and have not expired by it.
 */
@RestController
@Tag(name = "Stock lots")
class UsableStockController {

    private final StockLotRepository lots;
    private final int stockArrivalDays;

    UsableStockController(StockLotRepository lots,
            @Value("${cisiamo.planning.stock-arrival-days:3}") int stockArrivalDays) {
        this.lots = lots;
        this.stockArrivalDays = stockArrivalDays;
    }

    @GetMapping("/api/v1/stock-lots/usable")
    @Transactional(readOnly = true)
    @Operation(summary = "The lots the plan of a delivery day can hand out (what the fair split divides)")
    List<StockLotView> usableOn(@RequestParam LocalDate date) {
        return lots.findUsableOn(date, date.minusDays(stockArrivalDays)).stream().map(StockLotView::of).toList();
    }
}
