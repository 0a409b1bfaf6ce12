package it.ccvmi.planner.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Named sizes of a generated planning day, as {@link it.ccvmi.planner.planning.scenario.ScenarioGenerator} intensities
 * calibrated on the Milan territory (requests, i.e. deliveries before any split across vans, averaged over seeds 1-20).
 */
public enum DaySize {
    /** An ordinary day of the programme: about a dozen comuni ask; ~80 deliveries to ~36 sites. */
    ORDINARY(1.0),
    /** ~150 deliveries to ~70 sites. */
    LARGE(2.0),
    /** An emergency day, the scale target: ~300 deliveries to ~130 sites. */
    EMERGENCY(4.0);

    private final double intensity;

    DaySize(double intensity) {
        this.intensity = intensity;
    }

    public double intensity() {
        return intensity;
    }

    /** @throws IllegalArgumentException listing the sizes when the name is none of them */
    public static DaySize parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown day size '" + name + "'; use one of "
                    + Arrays.stream(values()).map(size -> size.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
