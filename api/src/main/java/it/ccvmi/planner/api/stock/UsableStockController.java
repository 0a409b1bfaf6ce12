package it.ccvmi.planner.api.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stock a delivery day can hand out, as the ledger says ({@link StockLedger#availableOn}). */
@RestController
@Tag(name = "Stock lots")
class UsableStockController {

    private final StockLedger ledger;

    UsableStockController(StockLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/stock-lots/usable")
    @Transactional(readOnly = true)
    @Operation(summary = "The lots the plan of a delivery day can hand out (what the fair split divides), "
            + "with the units and weight still available")
    List<StockLotView> usableOn(@RequestParam LocalDate date) {
        return ledger.availableOn(date).stream().map(StockLotView::of).toList();
    }
}
