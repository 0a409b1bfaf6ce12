package it.ccvmi.planner.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's result: {@code summary.json} for machines and {@code summary.md} for people, both naming the
 * machine, the JDK, the commit and the date the numbers belong to.
 *
 * @param qualityTables Markdown gap tables of the full profile's quality runs, empty in the short profile
 */
record SuiteSummary(String profile, String date, String commit, Machine machine, List<JmhLine> jmh,
        boolean gatePassed, List<GateRow> gate, List<String> qualityTables) {

    /** A gate case flattened for the JSON file; baselineCost is null for a case the baseline lacks. */
    record GateRow(String instance, int steps, long seed, double cost, boolean feasible, String violation,
            Double baselineCost, GateVerdict.Outcome outcome) {

        static GateRow of(GateVerdict verdict) {
            GateResult r = verdict.result();
            return new GateRow(r.gateCase().instance(), r.gateCase().steps(), r.gateCase().seed(), r.cost(), r.feasible(),
                    r.violation(), verdict.baseline() == null ? null : verdict.baseline().cost(), verdict.outcome());
        }
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(directory.resolve("summary.json"), json.writeValueAsString(this));
        Files.writeString(directory.resolve("summary.md"), markdown());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark suite: ").append(profile).append(" profile\n\n")
                .append("- date: ").append(date).append('\n')
                .append("- commit: ").append(commit).append('\n')
                .append("- machine: ").append(machine.cores()).append(" cores, ").append(machine.memoryMegabytes())
                .append(" MB, ").append(machine.cpuModel()).append(", ").append(machine.os()).append('\n')
                .append("- JDK: ").append(machine.jdk()).append("\n\n");
        appendJmh(md);
        appendGate(md);
        qualityTables.forEach(table -> md.append(table).append('\n'));
        return md.toString();
    }

    private void appendJmh(StringBuilder md) {
        md.append("## JMH\n\n");
        if (jmh.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        if (profile.equals(Profile.SHORT.label())) {
            md.append("Short profile: one fork, few short iterations: indicative only.\n\n");
        }
        md.append("| benchmark | params | mode | score | ± error | unit |\n|---|---|---|---:|---:|---|\n");
        for (JmhLine line : jmh) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %s |%n", line.benchmark(), line.params(),
                    line.mode(), line.score(), Double.isNaN(line.error()) ? "–" : String.format(Locale.ROOT, "%.3f", line.error()),
                    line.unit()));
        }
        md.append('\n');
    }

    private void appendGate(StringBuilder md) {
        md.append("## Deterministic quality gate: ").append(gatePassed ? "PASSED" : "FAILED").append("\n\n")
                .append("One thread, fixed seed, step-count termination: the costs are exact and repeatable.\n\n")
                .append("| instance | steps | seed | cost | baseline | feasible | verdict |\n|---|---:|---:|---:|---:|---|---|\n");
        for (GateRow row : gate) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", row.instance(), row.steps(),
                    row.seed(), Baseline.cost(row.cost()), row.baselineCost() == null ? "–" : Baseline.cost(row.baselineCost()),
                    row.feasible() ? "yes" : "NO: " + row.violation(), row.outcome()));
        }
        md.append('\n');
    }
}
