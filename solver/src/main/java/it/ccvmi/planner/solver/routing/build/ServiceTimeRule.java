package it.ccvmi.planner.solver.routing.build;

/**
 * Unloading time at a site: a fixed part (parking, paperwork, COC sign-off) plus a part per kg handled.
 *
 * @param fixedSeconds seconds per stop whatever the load
 * @param secondsPerKg seconds per kg unloaded
 */
public record ServiceTimeRule(long fixedSeconds, double secondsPerKg) {

    /** 10 minutes per stop plus 1 minute per 25 kg: volunteers unloading by hand or with a pallet truck. */
    public static final ServiceTimeRule DEFAULT = new ServiceTimeRule(600, 60.0 / 25);

    public ServiceTimeRule {
        if (fixedSeconds < 0 || secondsPerKg < 0) {
            throw new IllegalArgumentException("Service time parts must not be negative");
        }
    }

    public long seconds(long kg) {
        return fixedSeconds + Math.round(secondsPerKg * kg);
    }
}
