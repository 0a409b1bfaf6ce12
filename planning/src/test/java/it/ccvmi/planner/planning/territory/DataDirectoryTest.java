package it.ccvmi.planner.planning.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path root;

    @Test
    void followsTheResolutionOrder() throws IOException {
        Path checkout = Files.createDirectories(root.resolve("main"));
        Files.createFile(checkout.resolve("mvnw"));
        Path working = Files.createDirectories(checkout.resolve("api"));
        Path shared = territoryAt(root.resolve("shared/data"));
        Path explicit = territoryAt(root.resolve("explicit"));
        Path property = territoryAt(root.resolve("property"));
        Path environment = territoryAt(root.resolve("environment"));
        Map<String, String> properties = Map.of(DataDirectory.SYSTEM_PROPERTY, property.toString());
        Map<String, String> env = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, environment.toString());

        assertThat(DataDirectory.locate(explicit.toString(), properties::get, env::get, working)).isEqualTo(explicit);
        assertThat(DataDirectory.locate(null, properties::get, env::get, working)).isEqualTo(property);
        assertThat(DataDirectory.locate("", name -> null, env::get, working)).isEqualTo(environment);
        assertThat(DataDirectory.locate(null, name -> null, name -> null, working)).isEqualTo(shared);
        Path local = territoryAt(working.resolve("data"));
        assertThat(DataDirectory.locate(null, name -> null, name -> null, working)).isEqualTo(local);
    }

    @Test
    void aConfiguredDirectoryWithoutTerritoryIsAnError() {
        assertThatThrownBy(() -> DataDirectory.locate(root.toString(), name -> null, name -> null, root))
                .hasMessageContaining("has no territory/comuni.csv");
        assertThatThrownBy(() -> DataDirectory.locate(null, name -> null, name -> null, root))
                .hasMessageContaining("no data directory found").hasMessageContaining("--data-dir");
    }

    private static Path territoryAt(Path directory) throws IOException {
        Files.createDirectories(directory.resolve("territory"));
        Files.createFile(directory.resolve(TerritoryReader.COMUNI_CSV));
        return directory;
    }
}
