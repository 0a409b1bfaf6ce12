package it.ccvmi.planner.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared reference data the tests route on: OSM extracts and the real sites of the metro area. */
public final class TestData {

    private TestData() {
    }

    public static Path dataDirectory() {
        String fromEnv = System.getenv("CISIAMO_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("cisiamo.repo.root", "..")).resolve("../shared/data").normalize();
    }

    public static Path metroPbf() {
        return dataDirectory().resolve("osm/milano-area-roads.osm.pbf");
    }

    public static Path fixturePbf() {
        return dataDirectory().resolve("osm/fixtures/milano-duomo-2019-roads.osm.pbf");
    }

    /** The depot, the 133 comuni (their COC), the ATS vaccine hubs and the RSA nursing homes: 297 sites. */
    public static List<RoutingSite> metroSites() {
        List<RoutingSite> sites = new ArrayList<>(hubs("depot"));
        sites.addAll(comuni());
        sites.addAll(hubs("ats_hub"));
        sites.addAll(hubs("rsa"));
        return sites;
    }

    public static RoutingSite depot() {
        return hubs("depot").get(0);
    }

    public static List<RoutingSite> comuni() {
        List<String[]> rows = csv(dataDirectory().resolve("territory/comuni.csv"));
        String[] header = rows.get(0);
        int code = column(header, "istat_code");
        int name = column(header, "name");
        int lat = column(header, "lat");
        int lon = column(header, "lon");
        return rows.subList(1, rows.size()).stream()
                .map(row -> new RoutingSite("coc-" + row[code], row[name], Double.parseDouble(row[lat]), Double.parseDouble(row[lon])))
                .toList();
    }

    public static List<RoutingSite> hubs(String kind) {
        List<String[]> rows = csv(dataDirectory().resolve("territory/hubs.csv"));
        String[] header = rows.get(0);
        int name = column(header, "name");
        int kindColumn = column(header, "kind");
        int lat = column(header, "lat");
        int lon = column(header, "lon");
        List<RoutingSite> sites = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row[kindColumn].equals(kind)) {
                sites.add(new RoutingSite(kind + "-" + i, row[name], Double.parseDouble(row[lat]), Double.parseDouble(row[lon])));
            }
        }
        return sites;
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("No column " + name);
    }

    /** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
    private static List<String[]> csv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(parseLine(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
