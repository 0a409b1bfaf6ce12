package it.ccvmi.planner.api.territory;

import it.ccvmi.planner.data.exchange.TerritoryImport;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.planning.territory.DataDirectory;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start (no comune in the database) imports the reference territory from the data
 * directory: {@code --data-dir}, else {@code cisiamo.data-dir} / {@code CISIAMO_DATA_DIR}, else
 * {@code data/} under the working directory, else {@code ../shared/data} beside the checkout.
 */
@Component
class TerritoryBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TerritoryBootstrap.class);

    private final TerritoryImporter importer;
    private final String dataDir;

    TerritoryBootstrap(TerritoryImporter importer, @Value("${data-dir:}") String dataDir) {
        this.importer = importer;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!importer.isEmpty()) {
            LOG.info("Territory already imported; not importing again");
            return;
        }
        Path directory = DataDirectory.locate(dataDir);
        TerritoryImport result = importer.importFrom(directory);
        LOG.info("First start: imported {} comuni and {} sites from {} in {} ms", result.comuni(), result.sites(),
                directory, result.took().toMillis());
    }
}
