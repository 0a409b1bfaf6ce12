package it.ccvmi.planner.planning;

import java.nio.file.Path;

/** The shared reference data beside the checkout (or CISIAMO_DATA_DIR), read once per test run. */
public final class PlanningTestData {

    private static ReferenceDays days;

    private PlanningTestData() {
    }

    public static Path directory() {
        String fromEnv = System.getenv("CISIAMO_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("cisiamo.repo.root", "..")).resolve("../shared/data").normalize();
    }

    static synchronized ReferenceDays referenceDays() {
        if (days == null) {
            days = ReferenceDays.load(directory());
        }
        return days;
    }
}
