package it.ccvmi.planner.api.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock ledger",
        description = "Where the units of every lot are: on hand, reserved, delivered, available")
class LedgerController {

    private final StockLedger ledger;

    LedgerController(StockLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/stock/ledger")
    @Operation(summary = "The stock ledger on a date: per goods type, per lot with its movements; expired lots apart")
    LedgerView ledger(@RequestParam LocalDate date) {
        return ledger.view(date);
    }
}
