package it.ccvmi.planner.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed gate results, one CSV row per case: {@code instance,steps,seed,cost,feasible}. Costs are sums of
 * integer arc costs, written exactly (Solomon in tenths: one decimal).
 */
final class Baseline {

    static final String HEADER = "instance,steps,seed,cost,feasible";

    private final Map<String, GateResult> byKey;

    private Baseline(Map<String, GateResult> byKey) {
        this.byKey = byKey;
    }

    static Baseline read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Baseline(Map.of());
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + " line 1: expected the header '" + HEADER + "'");
        }
        Map<String, GateResult> results = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            GateResult result = parse(file, i + 1, lines.get(i));
            results.put(result.gateCase().key(), result);
        }
        return new Baseline(results);
    }

    static void write(Path file, List<GateResult> results) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (GateResult r : results) {
            GateCase c = r.gateCase();
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%b%n", c.instance(), c.steps(), c.seed(), cost(r.cost()),
                    r.feasible()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, csv);
    }

    /** The baseline result for this case, or null when the baseline has none. */
    GateResult get(GateCase gateCase) {
        return byKey.get(gateCase.key());
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    static String cost(double cost) {
        return String.format(Locale.ROOT, "%.1f", cost);
    }

    private static GateResult parse(Path file, int line, String text) {
        String[] fields = text.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException(file + " line " + line + ": expected 5 fields (" + HEADER + "), got " + fields.length);
        }
        try {
            GateCase gateCase = new GateCase(fields[0], Integer.parseInt(fields[1]), Long.parseLong(fields[2]));
            return new GateResult(gateCase, Double.parseDouble(fields[3]), Boolean.parseBoolean(fields[4]), "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + line + ": steps, seed and cost must be numbers: " + text, e);
        }
    }
}
