package it.ccvmi.planner.data;

import java.nio.file.Path;

/** Where tests find the real reference data: CISIAMO_DATA_DIR, else ../shared/data beside the checkout. */
public final class TestData {

    private TestData() {
    }

    public static Path directory() {
        String configured = System.getenv("CISIAMO_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String repoRoot = System.getProperty("cisiamo.repo.root", Path.of("..").toAbsolutePath().toString());
        return Path.of(repoRoot).resolve("../shared/data").normalize();
    }
}
