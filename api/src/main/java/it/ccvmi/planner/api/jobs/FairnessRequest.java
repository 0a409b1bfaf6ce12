package it.ccvmi.planner.api.jobs;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The fair split's options as a planner sets them.
 *
 * @param equityOverTime carry over the shortfall of the published plans of the last days (default true)
 * @param needWeights    per site id, a need weight above 0 (default 1): e.g. 2 for a comune hit harder
 */
public record FairnessRequest(Boolean equityOverTime, Map<Long, BigDecimal> needWeights) {

    static final FairnessRequest DEFAULT = new FairnessRequest(true, Map.of());

    boolean carriesShortfall() {
        return equityOverTime == null || equityOverTime;
    }

    Map<Long, BigDecimal> weights() {
        return needWeights == null ? Map.of() : needWeights;
    }
}
