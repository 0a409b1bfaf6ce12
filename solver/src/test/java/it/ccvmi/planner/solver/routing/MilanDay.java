package it.ccvmi.planner.solver.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.ccvmi.planner.solver.routing.build.DeliveryBuilder;
import it.ccvmi.planner.solver.routing.build.DeliveryOrder;
import it.ccvmi.planner.solver.routing.build.ServiceTimeRule;
import it.ccvmi.planner.solver.routing.model.ArrayTravelMatrix;
import it.ccvmi.planner.solver.routing.model.DeliveryPriority;
import it.ccvmi.planner.solver.routing.model.Location;
import it.ccvmi.planner.solver.routing.model.ReceivingHours;
import it.ccvmi.planner.solver.routing.model.RequestId;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.RoutingWeights;
import it.ccvmi.planner.solver.routing.model.TemperatureClass;
import it.ccvmi.planner.solver.routing.model.TimeWindow;
import it.ccvmi.planner.solver.routing.model.Van;

/**
 * A generated, realistic planning day for the Città metropolitana di Milano, from the real reference data
 * (comuni.csv, hubs.csv): food for every comune's COC sized by population, vaccine kits for the ATS hubs,
 * DPI and medicines for a sample of RSA; a fleet of volunteer vans from the Idroscalo depot. Travel is
 * straight-line distance × 1.3 at 40 km/h (the straight-line router's defaults) — a stand-in for the road matrix. Deterministic
 * for a given seed.
 */
public final class MilanDay {

    static final double DETOUR_FACTOR = 1.3;
    static final double KM_PER_HOUR = 40;
    static final long HOUR = 3600;

    private MilanDay() {
    }

    /** The shared data directory: CISIAMO_DATA_DIR, else ../shared/data beside the checkout. */
    public static Path dataDir() {
        String env = System.getenv("CISIAMO_DATA_DIR");
        if (env != null) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("cisiamo.repo.root", ".")).resolve("../shared/data").normalize();
    }

    /**
     * @param vans    fleet size; every third van is refrigerated
     * @param rsaSites how many RSA (of 136) receive DPI or medicines today
     */
    public static RoutingPlan generate(Path dataDir, long seed, int vans, int rsaSites) throws IOException {
        Random random = new Random(seed);
        List<MilanSite> sites = new ArrayList<>();
        List<Map<String, String>> hubs = CsvTable.read(dataDir.resolve("territory/hubs.csv"));
        Map<String, String> depotRow = hubs.stream().filter(row -> row.get("kind").equals("depot")).findFirst()
                .orElseThrow(() -> new IllegalStateException("hubs.csv has no depot"));
        sites.add(MilanSite.of("depot", depotRow));
        for (Map<String, String> comune : CsvTable.read(dataDir.resolve("territory/comuni.csv"))) {
            sites.add(MilanSite.of(comune.get("istat_code"), comune));
        }
        int comuniEnd = sites.size();
        List<Map<String, String>> ats = hubs.stream().filter(row -> row.get("kind").equals("ats_hub")).toList();
        ats.forEach(row -> sites.add(MilanSite.of("ats-" + sites.size(), row)));
        int atsEnd = sites.size();
        List<Map<String, String>> rsa = new ArrayList<>(hubs.stream().filter(row -> row.get("kind").equals("rsa")).toList());
        Collections.shuffle(rsa, random);
        rsa.stream().limit(rsaSites).forEach(row -> sites.add(MilanSite.of("rsa-" + sites.size(), row)));

        ArrayTravelMatrix matrix = haversineMatrix(sites);
        Location depot = new Location(0, matrix);
        List<Van> fleet = new ArrayList<>();
        for (int v = 1; v <= vans; v++) {
            boolean refrigerated = v % 3 == 0;
            fleet.add(new Van("van-" + v, "squadra " + v, depot, refrigerated ? 800 : 1000, refrigerated ? 6000 : 9000,
                    refrigerated, 9 * HOUR, 18 * HOUR));
        }
        List<DeliveryOrder> orders = new ArrayList<>();
        for (int i = 1; i < comuniEnd; i++) {
            MilanSite comune = sites.get(i);
            ReceivingHours hours = random.nextBoolean()
                    ? ReceivingHours.of(TimeWindow.ofHours(9, 12.5), TimeWindow.ofHours(14, 17.5))
                    : ReceivingHours.of(TimeWindow.ofHours(9.5, 17));
            double shortfall = random.nextInt(4) == 0 ? random.nextDouble() * 0.5 : 0;
            // Roughly 1 kg of dry food per 250 residents per day, in 10 kg cases.
            long cases = Math.max(3, comune.population / 2500);
            orders.add(new DeliveryOrder(new RequestId(orders.size() + 1), comune.id, "Pasta e riso, Altri alimentari, Bevande", i, cases, 10, 25,
                    TemperatureClass.AMBIENT, DeliveryPriority.FOOD, hours, shortfall));
            if (random.nextInt(3) == 0) {
                orders.add(new DeliveryOrder(new RequestId(orders.size() + 1), comune.id, "Formaggi e latticini", i, 2 + random.nextInt(6), 8, 20,
                        TemperatureClass.CHILLED, DeliveryPriority.FOOD, hours, shortfall));
            }
        }
        for (int i = comuniEnd; i < atsEnd; i++) {
            orders.add(new DeliveryOrder(new RequestId(orders.size() + 1), sites.get(i).id, "Kit vaccino antinfluenzale", i, 5 + random.nextInt(20), 2, 6,
                    TemperatureClass.CHILLED, DeliveryPriority.VACCINE_KITS, ReceivingHours.of(TimeWindow.ofHours(9, 14)), 0));
        }
        for (int i = atsEnd; i < sites.size(); i++) {
            boolean medicines = random.nextBoolean();
            orders.add(new DeliveryOrder(new RequestId(orders.size() + 1), sites.get(i).id, medicines ? "Farmaci" : "DPI", i, 2 + random.nextInt(10),
                    medicines ? 3 : 5, 20, TemperatureClass.AMBIENT,
                    medicines ? DeliveryPriority.MEDICINES : DeliveryPriority.DPI,
                    ReceivingHours.of(TimeWindow.ofHours(10, 16)), 0));
        }
        var visits = new DeliveryBuilder(matrix, fleet, ServiceTimeRule.DEFAULT).build(orders);
        return new RoutingPlan(fleet, visits, new RoutingWeights());
    }

    private static ArrayTravelMatrix haversineMatrix(List<MilanSite> sites) {
        int n = sites.size();
        long[] seconds = new long[n * n];
        long[] metres = new long[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double km = haversineKm(sites.get(a), sites.get(b)) * DETOUR_FACTOR;
                metres[a * n + b] = Math.round(km * 1000);
                seconds[a * n + b] = Math.round(km / KM_PER_HOUR * HOUR);
            }
        }
        return ArrayTravelMatrix.of(n, seconds, metres);
    }

    static double haversineKm(MilanSite a, MilanSite b) {
        double dLat = Math.toRadians(b.lat - a.lat);
        double dLon = Math.toRadians(b.lon - a.lon);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat)) * Math.cos(Math.toRadians(b.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    record MilanSite(String id, double lat, double lon, long population) {

        static MilanSite of(String id, Map<String, String> row) {
            String population = row.getOrDefault("population", "0");
            return new MilanSite(id, Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")),
                    population.isBlank() ? 0 : Long.parseLong(population));
        }
    }

    /** Just enough CSV for the reference files: a header row, commas, double-quoted fields. */
    static final class CsvTable {

        static List<Map<String, String>> read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            List<String> header = split(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                List<String> fields = split(lines.get(i));
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": " + fields.size() + " fields, header has " + header.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), fields.get(c));
                }
                rows.add(row);
            }
            return rows;
        }

        private static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
