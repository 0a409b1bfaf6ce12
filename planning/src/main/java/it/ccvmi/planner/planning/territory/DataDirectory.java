package it.ccvmi.planner.planning.territory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds the reference-data directory: an explicit setting ({@code --data-dir}), else the system
 * property {@code cisiamo.data-dir}, else the environment variable {@code CISIAMO_DATA_DIR}, else
 * {@code data/} under the working directory if it holds territory/comuni.csv, else
 * {@code ../shared/data} beside the checkout.
 */
public final class DataDirectory {

    public static final String SYSTEM_PROPERTY = "cisiamo.data-dir";
    public static final String ENVIRONMENT_VARIABLE = "CISIAMO_DATA_DIR";

    private DataDirectory() {
    }

    public static Path locate(String explicit) {
        return locate(explicit, System::getProperty, System::getenv, Path.of("").toAbsolutePath());
    }

    static Path locate(String explicit, UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
            Path workingDirectory) {
        List<String> tried = new ArrayList<>();
        for (String configured : new String[] {explicit, systemProperties.apply(SYSTEM_PROPERTY),
                environment.apply(ENVIRONMENT_VARIABLE)}) {
            if (configured != null && !configured.isBlank()) {
                Path directory = workingDirectory.resolve(configured).normalize();
                if (!hasTerritory(directory)) {
                    throw new IllegalStateException("data directory " + directory + " has no "
                            + TerritoryReader.COMUNI_CSV);
                }
                return directory;
            }
        }
        Path local = workingDirectory.resolve("data");
        tried.add(local.toString());
        if (hasTerritory(local)) {
            return local;
        }
        Path shared = checkoutRoot(workingDirectory).resolveSibling("shared").resolve("data");
        tried.add(shared.toString());
        if (hasTerritory(shared)) {
            return shared;
        }
        throw new IllegalStateException("no data directory found (tried " + String.join(", ", tried)
                + "); pass --data-dir or set " + ENVIRONMENT_VARIABLE);
    }

    private static boolean hasTerritory(Path directory) {
        return Files.isRegularFile(directory.resolve(TerritoryReader.COMUNI_CSV));
    }

    /** The nearest directory at or above the working directory holding the Maven Wrapper (else itself). */
    private static Path checkoutRoot(Path workingDirectory) {
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return workingDirectory;
    }
}
