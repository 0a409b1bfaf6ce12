package it.ccvmi.planner.planning.day;

import it.ccvmi.planner.solver.routing.model.RequestId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A generated planning day: what sites ask for, what the depot holds and which vans are out. */
public record PlanningDay(LocalDate date, long seed, List<RequestLine> requests, List<StockLine> stock,
        List<VehicleLine> fleet) {

    public PlanningDay {
        requests = List.copyOf(requests);
        stock = List.copyOf(stock);
        fleet = List.copyOf(fleet);
    }

    public record RequestLine(RequestId id, SiteRef site, String goodsCode, int units) {
    }

    public record StockLine(String goodsCode, int units, double weightKg, LocalDate arrival, LocalDate expiry) {
    }

    public record VehicleLine(VehicleId id, String organisation, String label, double capacityKg, double capacityM3,
            boolean refrigerated, LocalTime shiftStart, LocalTime shiftEnd) {
    }
}
