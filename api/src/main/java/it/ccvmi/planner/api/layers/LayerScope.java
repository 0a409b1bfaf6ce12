package it.ccvmi.planner.api.layers;

import java.time.LocalDate;

/**
 * Which plan the layers show: a delivery date and, when the date has one, the chosen plan version (its
 * database id and number). Without a version the plan layers are empty and the comuni carry no kilograms.
 */
public record LayerScope(LocalDate date, Long versionId, Integer versionNumber) {

    static LayerScope withoutVersion(LocalDate date) {
        return new LayerScope(date, null, null);
    }

    public boolean hasVersion() {
        return versionId != null;
    }
}
