package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.stock.ActiveReservation;
import it.ccvmi.planner.data.stock.LotBalance;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.data.stock.StockMovement;
import it.ccvmi.planner.data.stock.StockMovementRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stock ledger: what a delivery day may hand out and where every unit is on a date. The movements are
 * written by {@link PublicationReservations} (publishing a version) and {@link ConfirmedDeliveries} (a crew's
 * confirmation).
 */
@Service
public class StockLedger {

    private final StockLotRepository lots;
    private final StockMovementRepository movements;
    private final PlanVersionRepository versions;
    private final Clock clock;

    StockLedger(StockLotRepository lots, StockMovementRepository movements, PlanVersionRepository versions,
            Clock clock) {
        this.lots = lots;
        this.movements = movements;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * The lots a plan of the day may hand out, with the units still free: lots that arrived by the day and do not
     * expire before it, less the units reserved by published plans or delivered, except that the reservations of
     * the day's own published version count as free (publishing a new version of the day replaces them).
     */
    @Transactional(readOnly = true)
    public List<AvailableLot> availableOn(LocalDate day) {
        List<StockLot> usable = lots.findArrivedBy(day).stream().filter(lot -> lot.usableOn(day)).toList();
        Map<Long, LotBalance> balances = LotBalance.of(usable, movements.findForLotsArrivedBy(day));
        Map<Long, Integer> ownReserved = versions.findPublished(day)
                .map(version -> ActiveReservation.of(movements.findByPlanVersionId(version.getId())).stream()
                        .collect(Collectors.groupingBy(reservation -> reservation.lot().getId(),
                                Collectors.summingInt(ActiveReservation::units))))
                .orElse(Map.of());
        return usable.stream()
                .map(lot -> new AvailableLot(lot,
                        balances.get(lot.getId()).available() + ownReserved.getOrDefault(lot.getId(), 0)))
                .filter(available -> available.units() > 0).toList();
    }

    /**
     * The ledger on a date: the lots good that day (arrived by it, not expired before it; emptied ones included),
     * with their balances and movements, the totals per goods type of those lots, and apart the expired lots that
     * still have units in the depot.
     */
    @Transactional(readOnly = true)
    public LedgerView view(LocalDate date) {
        List<StockLot> arrived = lots.findArrivedBy(date);
        List<StockMovement> history = movements.findForLotsArrivedBy(date);
        Map<Long, LotBalance> balances = LotBalance.of(arrived, history);
        Map<Long, List<StockMovement>> byLot = history.stream()
                .collect(Collectors.groupingBy(movement -> movement.getLot().getId()));
        List<LotBalance> shown = balances.values().stream()
                .filter(balance -> !balance.lot().expiredBy(date) || balance.onHand() > 0)
                .sorted((a, b) -> StockLot.FIRST_EXPIRING_FIRST.compare(a.lot(), b.lot())).toList();
        return LedgerView.of(date, shown, byLot, clock.getZone());
    }
}
