package it.ccvmi.planner.planning.territory;

import java.util.List;

/** The reference territory read from a data directory, validated and ready to persist. */
public record Territory(List<ComuneRecord> comuni, List<HubRecord> hubs) {

    public Territory {
        comuni = List.copyOf(comuni);
        hubs = List.copyOf(hubs);
    }
}
