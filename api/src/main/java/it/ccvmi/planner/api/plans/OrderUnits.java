package it.ccvmi.planner.api.plans;

import it.ccvmi.planner.solver.allocation.Allocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units allocated per requester and goods type: the size of the order the visits were cut from. */
final class OrderUnits {

    private final Map<String, Long> units = new HashMap<>();

    OrderUnits(List<Allocation> allocations) {
        allocations.forEach(allocation -> units.put(key(allocation.requesterId(), allocation.goodsType()),
                allocation.allocated()));
    }

    long of(String requesterId, String goods) {
        return units.get(key(requesterId, goods));
    }

    private static String key(String requesterId, String goods) {
        return requesterId + '\n' + goods;
    }
}
