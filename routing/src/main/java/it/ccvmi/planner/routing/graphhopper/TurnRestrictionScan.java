package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import it.ccvmi.planner.routing.RoutingException;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Path;

/** Finds out whether an OSM extract has turn restriction relations, reading relations only. */
final class TurnRestrictionScan {

    private TurnRestrictionScan() {
    }

    static boolean hasTurnRestrictions(Path osmFile) {
        try (OSMInputFile input = new OSMInputFile(osmFile.toFile()).setWorkerThreads(1)
                .setSkipOptions(new SkipOptions(true, true, false)).open()) {
            for (ReaderElement element = input.getNext(); element != null; element = input.getNext()) {
                if (element.getType() == ReaderElement.Type.RELATION && element.hasTag("type", "restriction")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | XMLStreamException e) {
            throw new RoutingException("Cannot read the OSM extract " + osmFile + ": " + e.getMessage(), e);
        }
    }
}
