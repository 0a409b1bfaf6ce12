package it.ccvmi.planner.benchmarks.quality;

/**
 * How each benchmark family turns coordinates into integer arc costs; the best-known costs only hold under
 * these rules (see ../shared/bench/README.md).
 */
enum DistanceRule {
    /** TSPLIB EUC_2D: Euclidean distance rounded to the nearest integer. */
    TSPLIB_NINT(1) {
        @Override
        long cost(double dx, double dy) {
            return (long) (Math.sqrt(dx * dx + dy * dy) + 0.5);
        }
    },
    /** Solomon: Euclidean distance truncated to one decimal, kept here in integer tenths. */
    SOLOMON_TENTHS(10) {
        @Override
        long cost(double dx, double dy) {
            return (long) Math.floor(10 * Math.sqrt(dx * dx + dy * dy));
        }
    };

    private final int unitsPerDistance;

    DistanceRule(int unitsPerDistance) {
        this.unitsPerDistance = unitsPerDistance;
    }

    /** The arc cost in integer units (distance × {@link #unitsPerDistance()}). */
    abstract long cost(double dx, double dy);

    /** 1 for TSPLIB, 10 for Solomon: divide an integer total by this to get the published cost. */
    int unitsPerDistance() {
        return unitsPerDistance;
    }
}
