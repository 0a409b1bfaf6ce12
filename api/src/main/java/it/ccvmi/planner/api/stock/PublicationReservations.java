package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.api.plans.VersionPublished;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.delivery.StopConfirmationRepository;
import it.ccvmi.planner.data.goods.GoodsType;
import it.ccvmi.planner.data.plan.PlanVersion;
import it.ccvmi.planner.data.plan.PlanVersionRepository;
import it.ccvmi.planner.data.plan.Route;
import it.ccvmi.planner.data.plan.RouteStop;
import it.ccvmi.planner.data.plan.RouteStopItem;
import it.ccvmi.planner.data.stock.ActiveReservation;
import it.ccvmi.planner.data.stock.LotBalance;
import it.ccvmi.planner.data.stock.MovementKind;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.data.stock.StockMovement;
import it.ccvmi.planner.data.stock.StockMovementRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a day's reservations to its newly published version, in the publishing transaction: the superseded
 * version's reservations are released, then every stop item of the new version reserves its units from the lots
 * usable that day, first expiring first. The day's usable lots stay locked until the publication commits, so two
 * publications never reserve the same unit; when the stock left cannot cover the version the publication fails
 * (409) and nothing is reserved. Units a re-planned version's kept stops have already handed over (their
 * confirmations carried over, see {@code api.delivery.KeptConfirmations}) are not reserved again.
 */
@Component
class PublicationReservations {

    private final StockLotRepository lots;
    private final StockMovementRepository movements;
    private final PlanVersionRepository versions;
    private final StopConfirmationRepository confirmations;
    private final Clock clock;

    PublicationReservations(StockLotRepository lots, StockMovementRepository movements,
            PlanVersionRepository versions, StopConfirmationRepository confirmations, Clock clock) {
        this.lots = lots;
        this.movements = movements;
        this.versions = versions;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @EventListener
    void reserve(VersionPublished published) {
        LocalDate day = published.date();
        List<StockLot> usable = lots.lockUsableOn(day); // before reading any balance: the balances cannot change now
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (published.supersededVersionId() != null) {
            for (ActiveReservation held : ActiveReservation.of(
                    movements.findByPlanVersionId(published.supersededVersionId()))) {
                movements.save(new StockMovement(held.lot(), MovementKind.RELEASED, held.units(), held.version(),
                        held.item(), now));
            }
            movements.flush();
        }
        PlanVersion version = versions.findById(published.versionId()).orElseThrow();
        List<RouteStopItem> items = items(version);
        Map<Long, Integer> handedOver = new HashMap<>();
        confirmations.findByVersion(version).forEach(confirmation -> confirmation.getItems().forEach(
                confirmed -> handedOver.put(confirmed.getItem().getId(), confirmed.getUnits())));
        Map<RouteStopItem, Integer> toReserve = new LinkedHashMap<>();
        items.forEach(item -> toReserve.put(item, item.getUnits() - handedOver.getOrDefault(item.getId(), 0)));
        Map<Long, Integer> free = new HashMap<>();
        LotBalance.of(usable, movements.findForLotsArrivedBy(day))
                .forEach((lotId, balance) -> free.put(lotId, Math.max(0, balance.available())));
        Map<String, List<StockLot>> lotsByGoods = usable.stream().sorted(StockLot.FIRST_EXPIRING_FIRST)
                .collect(Collectors.groupingBy(lot -> lot.getGoodsType().getCode()));
        checkEnough(day, toReserve, lotsByGoods, free);
        for (RouteStopItem item : items) {
            int needed = toReserve.get(item);
            for (StockLot lot : lotsByGoods.get(item.getGoods().getCode())) {
                int taken = Math.min(needed, free.get(lot.getId()));
                if (taken > 0) {
                    movements.save(new StockMovement(lot, MovementKind.RESERVED, taken, version, item, now));
                    free.merge(lot.getId(), -taken, Integer::sum);
                    needed -= taken;
                }
            }
        }
        movements.flush();
    }

    /** The version's stop items in a fixed order (by id), so the same version always reserves the same way. */
    private static List<RouteStopItem> items(PlanVersion version) {
        List<RouteStopItem> items = new ArrayList<>();
        for (Route route : version.getRoutes()) {
            for (RouteStop stop : route.getStops()) {
                items.addAll(stop.getItems());
            }
        }
        items.sort(Comparator.comparing(RouteStopItem::getId));
        return items;
    }

    /** @throws ApiProblem 409 naming every goods type the free units of the day cannot cover */
    private static void checkEnough(LocalDate day, Map<RouteStopItem, Integer> toReserve,
            Map<String, List<StockLot>> lotsByGoods, Map<Long, Integer> free) {
        Map<String, GoodsType> goodsByCode = new TreeMap<>();
        Map<String, Integer> neededByCode = new HashMap<>();
        toReserve.forEach((item, units) -> {
            goodsByCode.put(item.getGoods().getCode(), item.getGoods());
            neededByCode.merge(item.getGoods().getCode(), units, Integer::sum);
        });
        List<String> shortages = new ArrayList<>();
        goodsByCode.forEach((code, goods) -> {
            int available = lotsByGoods.getOrDefault(code, List.of()).stream()
                    .mapToInt(lot -> free.get(lot.getId())).sum();
            int needed = neededByCode.get(code);
            if (needed > available) {
                shortages.add("%s: la versione ne consegna %d, ne restano %d".formatted(goods.getItalianName(),
                        needed, available));
            }
        });
        if (!shortages.isEmpty()) {
            throw ApiProblem.conflict("Scorte insufficienti", "Le scorte utilizzabili il " + day
                    + " non bastano (" + String.join("; ", shortages) + "). Nessuna unità è stata riservata:"
                    + " pianifica di nuovo il giorno sulle scorte rimaste.");
        }
    }
}
