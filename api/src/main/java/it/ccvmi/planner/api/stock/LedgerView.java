package it.ccvmi.planner.api.stock;

import it.ccvmi.planner.data.stock.LotBalance;
import it.ccvmi.planner.data.stock.StockLot;
import it.ccvmi.planner.data.stock.StockMovement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock ledger on a date, for planners: per goods type and per lot the units on hand (in the depot), reserved
 * (set aside for published plans), delivered and available (free to plan) of the lots good on the date; the lots
 * expired before the date that still have units in the depot listed apart (they cannot be handed out any more).
 */
public record LedgerView(LocalDate date, List<GoodsLine> goods, List<LotLine> lots, List<LotLine> expiredLots) {

    /** Totals of one goods type over its lots still good on the date. */
    public record GoodsLine(String goodsCode, String goodsName, int onHand, int reserved, int delivered,
            int available) {
    }

    public record LotLine(long lotId, String goodsCode, String goodsName, LocalDate arrivalDate,
            LocalDate expiryDate, int units, int onHand, int reserved, int delivered, int available,
            List<MovementLine> movements) {
    }

    /**
     * One movement of a lot; the first is always its intake ({@code RECEIVED} on the arrival date, no plan).
     *
     * @param date       the day it happened, in the service's time zone
     * @param recordedAt when it was recorded (null for the intake)
     * @param planDate   the delivery day of the plan version it is for
     */
    public record MovementLine(String kind, int units, LocalDate date, OffsetDateTime recordedAt, LocalDate planDate,
            Integer planVersion, Long routeStopItemId) {
    }

    static LedgerView of(LocalDate date, List<LotBalance> shown, Map<Long, List<StockMovement>> movementsByLot,
            ZoneId zone) {
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<LotLine> good = new ArrayList<>();
        List<LotLine> expired = new ArrayList<>();
        for (LotBalance balance : shown) {
            StockLot lot = balance.lot();
            LotLine line = lotLine(balance, movementsByLot.getOrDefault(lot.getId(), List.of()), zone);
            if (lot.expiredBy(date)) {
                expired.add(line);
                continue;
            }
            good.add(line);
            names.put(line.goodsCode(), line.goodsName());
            int[] sums = totals.computeIfAbsent(line.goodsCode(), code -> new int[4]);
            sums[0] += balance.onHand();
            sums[1] += balance.reserved();
            sums[2] += balance.delivered();
            sums[3] += balance.available();
        }
        List<GoodsLine> goods = new ArrayList<>();
        totals.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> goods.add(new GoodsLine(
                entry.getKey(), names.get(entry.getKey()), entry.getValue()[0], entry.getValue()[1],
                entry.getValue()[2], entry.getValue()[3])));
        return new LedgerView(date, goods, good, expired);
    }

    private static LotLine lotLine(LotBalance balance, List<StockMovement> movements, ZoneId zone) {
        StockLot lot = balance.lot();
        List<MovementLine> lines = new ArrayList<>();
        lines.add(new MovementLine("RECEIVED", lot.getUnits(), lot.getArrivalDate(), null, null, null, null));
        for (StockMovement movement : movements) {
            lines.add(new MovementLine(movement.getKind().name(), movement.getUnits(),
                    movement.getRecordedAt().atZoneSameInstant(zone).toLocalDate(), movement.getRecordedAt(),
                    movement.getPlanVersion().getPlan().getDeliveryDate(), movement.getPlanVersion().getNumber(),
                    movement.getItem().getId()));
        }
        return new LotLine(lot.getId(), lot.getGoodsType().getCode(), lot.getGoodsType().getItalianName(),
                lot.getArrivalDate(), lot.getExpiryDate(), lot.getUnits(), balance.onHand(), balance.reserved(),
                balance.delivered(), balance.available(), lines);
    }
}
