package it.ccvmi.planner.planning;

import it.ccvmi.planner.solver.allocation.FairAllocation;
import java.util.List;

/**
 * How evenly the fair split served the requesters, over every request of the day (all goods types).
 *
 * @param minimum lowest fill ratio (allocated ÷ requested)
 * @param mean    mean fill ratio
 * @param jain    Jain's fairness index of the fill ratios, (Σx)² / (n·Σx²): 1 when all are equal, 1/n at worst
 */
public record FillStatistics(int requests, double minimum, double mean, double jain) {

    public static FillStatistics of(List<FairAllocation> allocations) {
        double[] ratios = allocations.stream().filter(allocation -> allocation.requested() > 0)
                .mapToDouble(allocation -> allocation.fillRatio().doubleValue()).toArray();
        if (ratios.length == 0) {
            return new FillStatistics(0, 1, 1, 1);
        }
        double sum = 0;
        double sumOfSquares = 0;
        double minimum = Double.MAX_VALUE;
        for (double ratio : ratios) {
            sum += ratio;
            sumOfSquares += ratio * ratio;
            minimum = Math.min(minimum, ratio);
        }
        double jain = sumOfSquares == 0 ? 1 : sum * sum / (ratios.length * sumOfSquares);
        return new FillStatistics(ratios.length, minimum, sum / ratios.length, jain);
    }
}
