package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.planning.FairnessOptions.RequesterGoods;
import it.ccvmi.planner.solver.allocation.Allocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units allocated per requester and goods type: the size of the order the visits were cut from. */
final class OrderUnits {

    private final Map<RequesterGoods, Long> units = new HashMap<>();

    OrderUnits(List<Allocation> allocations) {
        allocations.forEach(allocation -> units.put(
                new RequesterGoods(allocation.requesterId(), allocation.goodsType()), allocation.allocated()));
    }

    long of(String requesterId, String goods) {
        return units.get(new RequesterGoods(requesterId, goods));
    }
}
