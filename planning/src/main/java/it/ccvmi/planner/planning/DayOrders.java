package it.ccvmi.planner.planning;

import it.ccvmi.planner.planning.goods.GoodsCatalogue;
import it.ccvmi.planner.planning.goods.GoodsCatalogue.Goods;
import it.ccvmi.planner.planning.goods.GoodsCodes;
import it.ccvmi.planner.planning.goods.GoodsFamily;
import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.routing.build.DeliveryOrder;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 2: what the fair split allocated, as orders for the vans ("site X gets N units of G"), each with its
 * site's matrix index, unit weight and volume, temperature, priority and receiving hours on the day.
 * Allocations to a site that is closed on the day cannot be routed and are set aside with that reason.
 */
final class DayOrders {

    private final List<DeliveryOrder> orders = new ArrayList<>();
    private final List<UnroutableOrder> unroutable = new ArrayList<>();

    DayOrders(List<FairAllocation> allocations, PlanningTerritory territory, GoodsCatalogue catalogue,
            DayOfWeek weekday, DayLocations locations) {
        for (FairAllocation allocation : allocations) {
            if (allocation.allocated() == 0) {
                continue;
            }
            PlanningSite site = territory.site(allocation.requesterId());
            if (site.windowsOn(weekday).isEmpty()) {
                unroutable.add(new UnroutableOrder(site.key(), allocation.goodsCode(), allocation.allocated(),
                        site.name() + " non riceve merci di "
                                + weekday.getDisplayName(TextStyle.FULL, Locale.ITALIAN)));
                continue;
            }
            Goods goods = catalogue.get(allocation.goodsCode());
            orders.add(new DeliveryOrder(allocation.request(), site.key(), goods.code(),
                    locations.indexOf(site), allocation.allocated(), goods.unitWeightKg().doubleValue(), goods.unitVolumeM3().movePointRight(3).doubleValue(),
                    goods.temperatureClass(), priority(goods),
                    site.receivingHoursOn(weekday), historicalShortfall(allocation)));
        }
    }

    List<DeliveryOrder> orders() {
        return List.copyOf(orders);
    }

    List<UnroutableOrder> unroutable() {
        return List.copyOf(unroutable);
    }

    /** Vaccine kits first, then medicines, DPI and food (see {@link DeliveryPriority}). */
    static DeliveryPriority priority(Goods goods) {
        return switch (goods.code()) {
            case GoodsCodes.FLU_VACCINE_KIT -> DeliveryPriority.VACCINE_KITS;
            case GoodsCodes.DPI -> DeliveryPriority.DPI;
            default -> goods.family() == GoodsFamily.FOOD ? DeliveryPriority.FOOD : DeliveryPriority.MEDICINES;
        };
    }

    /**
     * Routing takes the shortfall as 0..1; the fair split's carried shortfall sums the last days and may reach
     * almost 2. Capped at 1: "got nothing of its fair share" is the most a requester can be owed per day.
     */
    private static double historicalShortfall(FairAllocation allocation) {
        return allocation.explanation().carriedShortfall().min(BigDecimal.ONE).doubleValue();
    }
}
