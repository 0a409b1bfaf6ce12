package it.ccvmi.planner.routing.straightline;

/**
 * The straight-line estimate: road distance = great-circle distance × detour factor; time = road distance ÷ speed.
 *
 * @param detourFactor road length over straight-line length; about 1.3 in the Milan metro area (median measured
 *                     on the comuni against the road network)
 * @param speedKmh     average van speed including urban stretches
 */
public record StraightLineSettings(double detourFactor, double speedKmh) {

    public static final StraightLineSettings DEFAULT = new StraightLineSettings(1.3, 40);

    public StraightLineSettings {
        if (!(detourFactor >= 1)) {
            throw new IllegalArgumentException("Detour factor must be at least 1, got " + detourFactor);
        }
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("Speed must be positive, got " + speedKmh + " km/h");
        }
    }
}
