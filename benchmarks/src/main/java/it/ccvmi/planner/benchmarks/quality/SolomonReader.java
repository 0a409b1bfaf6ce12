package it.ccvmi.planner.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Solomon VRPTW {@code .txt} file: name, VEHICLE (number, capacity), then one row per node
 * (customer 0 = depot) with coordinates, demand, ready time, due date and service time.
 */
final class SolomonReader {

    private static final int COLUMNS = 7;

    BenchmarkInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = lines.isEmpty() ? "" : lines.get(0).trim();
        int vehicles = -1;
        long capacity = -1;
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length == 2 && fields[0].matches("\\d+") && vehicles < 0) {
                vehicles = CvrplibReader.parseInt(file, i + 1, fields[0], "vehicle number");
                capacity = CvrplibReader.parseInt(file, i + 1, fields[1], "capacity");
            } else if (fields.length == COLUMNS && fields[0].matches("\\d+")) {
                double[] row = new double[COLUMNS];
                for (int c = 0; c < COLUMNS; c++) {
                    row[c] = CvrplibReader.parseDouble(file, i + 1, fields, c, "column " + (c + 1));
                }
                if ((int) row[0] != rows.size()) {
                    throw new InstanceFormatException(file, i + 1, "customer " + (int) row[0] + " out of order, expected " + rows.size());
                }
                rows.add(row);
            }
        }
        if (name.isEmpty() || vehicles <= 0 || rows.size() < 2) {
            throw new InstanceFormatException(file, 0, "missing name, VEHICLE section or customers");
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        long[] demands = new long[n];
        long[] ready = new long[n];
        long[] due = new long[n];
        long[] service = new long[n];
        int units = DistanceRule.SOLOMON_TENTHS.unitsPerDistance();
        for (int node = 0; node < n; node++) {
            double[] row = rows.get(node);
            x[node] = row[1];
            y[node] = row[2];
            demands[node] = (long) row[3];
            // Times are kept in tenths, like distances, since travel time equals distance.
            ready[node] = Math.round(row[4] * units);
            due[node] = Math.round(row[5] * units);
            service[node] = Math.round(row[6] * units);
        }
        return new BenchmarkInstance(name, DistanceRule.SOLOMON_TENTHS, x, y, demands, capacity, vehicles, 0, ready, due, service);
    }
}
