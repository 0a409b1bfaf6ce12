package it.ccvmi.planner.benchmarks.routing;

import it.ccvmi.planner.routing.RoutingSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The real sites of the metro area for routing benchmarks: the depot, the 133 COCs, 27 ATS hubs and 136 RSA
 * (297), plus the area centroids of the first comuni when a benchmark asks for more.
 */
final class MetroSites {

    /** Splits a CSV line on commas outside double quotes. */
    private static final Pattern CSV_SEPARATOR = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private MetroSites() {
    }

    static Path dataDirectory() {
        String property = System.getProperty("cisiamo.data-dir");
        if (property != null) {
            return Path.of(property);
        }
        String env = System.getenv("CISIAMO_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path local = Path.of("data");
        if (Files.isRegularFile(local.resolve("territory/comuni.csv"))) {
            return local;
        }
        return Path.of("..", "shared", "data");
    }

    static Path metroPbf() {
        return dataDirectory().resolve("osm/milano-area-roads.osm.pbf");
    }

    /**
     * {@code count} sites: the depot first, then a seeded shuffle of COCs, ATS hubs and RSA, so that every size
     * mixes the kinds of site as a real plan does.
     */
    static List<RoutingSite> sample(int count) {
        List<RoutingSite> all = all();
        if (count > all.size()) {
            throw new IllegalArgumentException("At most " + all.size() + " sites, asked for " + count);
        }
        List<RoutingSite> others = new ArrayList<>(all.subList(1, all.size()));
        Collections.shuffle(others, new Random(2021));
        List<RoutingSite> sample = new ArrayList<>();
        sample.add(all.get(0));
        sample.addAll(others.subList(0, count - 1));
        return sample;
    }

    private static List<RoutingSite> all() {
        List<Map<String, String>> hubs = read("hubs.csv");
        List<Map<String, String>> comuni = read("comuni.csv");
        List<RoutingSite> sites = new ArrayList<>();
        sites.addAll(hubsOfKind(hubs, "depot"));
        comuni.forEach(row -> sites.add(site("coc-" + row.get("istat_code"), row.get("name"), row, "lat", "lon")));
        sites.addAll(hubsOfKind(hubs, "ats_hub"));
        sites.addAll(hubsOfKind(hubs, "rsa"));
        comuni.subList(0, 3).forEach(row ->
                sites.add(site("centroid-" + row.get("istat_code"), row.get("name") + " (centroid)", row, "centroid_lat", "centroid_lon")));
        return sites;
    }

    private static List<RoutingSite> hubsOfKind(List<Map<String, String>> hubs, String kind) {
        return IntStream.range(0, hubs.size())
                .filter(i -> hubs.get(i).get("kind").equals(kind))
                .mapToObj(i -> site(kind + "-" + i, hubs.get(i).get("name"), hubs.get(i), "lat", "lon"))
                .toList();
    }

    private static RoutingSite site(String id, String name, Map<String, String> row, String latColumn, String lonColumn) {
        return new RoutingSite(id, name, Double.parseDouble(row.get(latColumn)), Double.parseDouble(row.get(lonColumn)));
    }

    private static List<Map<String, String>> read(String file) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory().resolve("territory").resolve(file));
            List<String> header = Arrays.asList(CSV_SEPARATOR.split(lines.get(0), -1));
            return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).map(line -> {
                String[] values = CSV_SEPARATOR.split(line, -1);
                return IntStream.range(0, header.size()).boxed()
                        .collect(Collectors.toMap(header::get, i -> unquote(values[i]), (a, b) -> a));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String value) {
        return value.startsWith("\"") ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }
}
