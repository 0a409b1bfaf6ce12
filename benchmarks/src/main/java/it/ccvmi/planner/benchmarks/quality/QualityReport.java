package it.ccvmi.planner.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the results as {@code quality.csv} and {@code quality.md} (a table with the average gap). */
final class QualityReport {

    private QualityReport() {
    }

    static void write(Path directory, List<InstanceResult> results, String settings) throws IOException {
        Files.createDirectories(directory);
        StringBuilder csv = new StringBuilder("instance,customers,bks,cost,gap_percent,routes,feasible,unassigned,violation\n");
        StringBuilder md = new StringBuilder("Settings: " + settings + "\n\n"
                + "| instance | n | BKS | cost | gap % | routes | feasible |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (InstanceResult r : results) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%.2f,%d,%b,%d,\"%s\"%n", r.instance(), r.customers(),
                    number(r.bks()), number(r.cost()), r.gapPercent(), r.routes(), r.feasible(), r.unassigned(),
                    r.violation().replace("\"", "'")));
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.2f | %d | %s |%n", r.instance(), r.customers(),
                    number(r.bks()), number(r.cost()), r.gapPercent(), r.routes(),
                    r.feasible() ? "yes" : "NO (" + r.unassigned() + " unassigned) " + r.violation()));
        }
        md.append(String.format(Locale.ROOT, "%nAverage gap: **%.2f %%** over %d instances (%d feasible).%n",
                averageGap(results), results.size(), results.stream().filter(InstanceResult::feasible).count()));
        Files.writeString(directory.resolve("quality.csv"), csv);
        Files.writeString(directory.resolve("quality.md"), md);
    }

    static double averageGap(List<InstanceResult> results) {
        return results.stream().mapToDouble(InstanceResult::gapPercent).average().orElse(Double.NaN);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
