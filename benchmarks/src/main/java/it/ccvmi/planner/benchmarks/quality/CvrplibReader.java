package it.ccvmi.planner.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CVRPLIB {@code .vrp} file (TSPLIB format, EUC_2D, one depot). The fleet: for the X set the
 * {@code k} in the name is only a lower bound on routes, so a few spare vans are added; for A, B and P
 * {@code k} is the fleet size and their best-known costs use exactly k routes. A file of {@code TYPE : CVRPTW}
 * or {@code VRPTW} (VRPLIB's time-window format, in which PyVRP's Instances repository has the Solomon set)
 * has time windows, service times and a {@code VEHICLES} fleet, and is costed by the Solomon rule.
 */
final class CvrplibReader {

    private static final Pattern VEHICLES_IN_NAME = Pattern.compile("-k(\\d+)");
    /**
     * Spare vans for the unbounded X fleet: the best-known X solutions use a few routes over k, more where k is large
     * (X-n936-k151's uses 157, which k + 3 could not hold): 3 plus one for every 20 of k.
     */
    private static int spareVans(int k) {
        return 3 + k / 20;
    }

    BenchmarkInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = null;
        int dimension = -1;
        long capacity = -1;
        double[] x = null;
        double[] y = null;
        long[] demands = null;
        double[] ready = null;
        double[] due = null;
        double[] service = null;
        String type = "CVRP";
        int vehicleCount = -1;
        double serviceTime = 0;
        boolean windowsRead = false;
        String section = "";
        int depotLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.contains(":")) {
                String key = line.substring(0, line.indexOf(':')).trim();
                String value = line.substring(line.indexOf(':') + 1).trim();
                switch (key) {
                    case "NAME" -> name = value;
                    case "DIMENSION" -> {
                        dimension = parseInt(file, lineNo, value, "DIMENSION");
                        x = new double[dimension];
                        y = new double[dimension];
                        demands = new long[dimension];
                        ready = new double[dimension];
                        due = new double[dimension];
                        service = new double[dimension];
                    }
                    case "TYPE" -> type = value;
                    case "VEHICLES" -> vehicleCount = parseInt(file, lineNo, value, "VEHICLES");
                    case "SERVICE_TIME" -> serviceTime = parseDouble(file, lineNo, new String[] {value}, 0, "SERVICE_TIME");
                    case "CAPACITY" -> capacity = parseInt(file, lineNo, value, "CAPACITY");
                    case "EDGE_WEIGHT_TYPE" -> {
                        if (!value.equals("EUC_2D")) {
                            throw new InstanceFormatException(file, lineNo, "EDGE_WEIGHT_TYPE " + value + " is not supported (only EUC_2D)");
                        }
                    }
                    default -> { /* COMMENT: informational */ }
                }
                continue;
            }
            if (line.endsWith("_SECTION") || line.equals("EOF")) {
                section = line;
                continue;
            }
            if (dimension < 0) {
                throw new InstanceFormatException(file, lineNo, "data before DIMENSION");
            }
            String[] fields = line.split("\\s+");
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    int node = node(file, lineNo, fields[0], dimension);
                    x[node] = parseDouble(file, lineNo, fields, 1, "x");
                    y[node] = parseDouble(file, lineNo, fields, 2, "y");
                }
                case "DEMAND_SECTION" -> demands[node(file, lineNo, fields[0], dimension)] =
                        (long) parseDouble(file, lineNo, fields, 1, "demand");
                case "TIME_WINDOW_SECTION" -> {
                    int node = node(file, lineNo, fields[0], dimension);
                    ready[node] = parseDouble(file, lineNo, fields, 1, "ready time");
                    due[node] = parseDouble(file, lineNo, fields, 2, "due time");
                    windowsRead = true;
                }
                case "SERVICE_TIME_SECTION" -> service[node(file, lineNo, fields[0], dimension)] =
                        parseDouble(file, lineNo, fields, 1, "service time");
                case "DEPOT_SECTION" -> {
                    int depot = parseInt(file, lineNo, fields[0], "depot");
                    if (depot == 1) {
                        depotLine = lineNo;
                    } else if (depot != -1) {
                        throw new InstanceFormatException(file, lineNo, "only node 1 as the single depot is supported, got " + depot);
                    }
                }
                default -> throw new InstanceFormatException(file, lineNo, "unexpected line outside a section: " + line);
            }
        }
        if (name == null || capacity <= 0 || dimension < 2 || depotLine < 0) {
            throw new InstanceFormatException(file, 0, "missing NAME, CAPACITY, DIMENSION or DEPOT_SECTION");
        }
        if (type.equals("CVRPTW") || type.equals("VRPTW")) {
            if (vehicleCount <= 0 || !windowsRead) {
                throw new InstanceFormatException(file, 0, "a " + type + " file needs VEHICLES and a TIME_WINDOW_SECTION");
            }
            for (int node = 1; node < dimension; node++) {
                service[node] = service[node] == 0 ? serviceTime : service[node];
            }
            return new BenchmarkInstance(name, DistanceRule.SOLOMON_TENTHS, x, y, demands, capacity, vehicleCount, 0,
                    inTenths(ready), inTenths(due), inTenths(service));
        }
        Matcher vehicles = VEHICLES_IN_NAME.matcher(name);
        if (!vehicles.find()) {
            throw new InstanceFormatException(file, 0, "no vehicle count -kN in NAME " + name);
        }
        int k = Integer.parseInt(vehicles.group(1));
        boolean unboundedFleet = name.startsWith("X-");
        return new BenchmarkInstance(name, DistanceRule.TSPLIB_NINT, x, y, demands, capacity,
                unboundedFleet ? k + spareVans(k) : k, unboundedFleet ? 0 : k, null, null, null);
    }

    /** Times in the Solomon rule's integer tenths, like its distances (travel time equals distance). */
    private static long[] inTenths(double[] times) {
        int units = DistanceRule.SOLOMON_TENTHS.unitsPerDistance();
        long[] tenths = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            tenths[i] = Math.round(times[i] * units);
        }
        return tenths;
    }

    /** TSPLIB nodes are numbered from 1 with the depot first: node n becomes index n - 1. */
    private static int node(Path file, int lineNo, String field, int dimension) {
        int node = parseInt(file, lineNo, field, "node");
        if (node < 1 || node > dimension) {
            throw new InstanceFormatException(file, lineNo, "node " + node + " outside 1.." + dimension);
        }
        return node - 1;
    }

    static int parseInt(Path file, int lineNo, String value, String field) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InstanceFormatException(file, lineNo, field + " is not an integer: '" + value + "'");
        }
    }

    static double parseDouble(Path file, int lineNo, String[] fields, int index, String field) {
        if (fields.length <= index) {
            throw new InstanceFormatException(file, lineNo, "missing field " + field);
        }
        try {
            return Double.parseDouble(fields[index]);
        } catch (NumberFormatException e) {
            throw new InstanceFormatException(file, lineNo, field + " is not a number: '" + fields[index] + "'");
        }
    }
}
