package it.ccvmi.planner.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result as the summary shows it. A benchmark with auxiliary counters (the solver's moves evaluated)
 * gives one line per counter too, named {@code benchmark:counter}.
 *
 * @param error the 99.9 % confidence half-width JMH reports (NaN with too few iterations)
 */
record JmhLine(String benchmark, String params, String mode, double score, double error, String unit) {

    static List<JmhLine> of(RunResult run) {
        BenchmarkParams params = run.getParams();
        String benchmark = params.getBenchmark();
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        String paramText = params.getParamsKeys().stream().map(key -> key + "=" + params.getParam(key))
                .collect(Collectors.joining(" "));
        String mode = params.getMode().shortLabel();
        List<JmhLine> lines = new ArrayList<>();
        lines.add(line(name, paramText, mode, run.getPrimaryResult()));
        run.getSecondaryResults().forEach((label, result) -> lines.add(line(name + ":" + label, paramText, mode, result)));
        return lines;
    }

    private static JmhLine line(String name, String params, String mode, Result<?> result) {
        return new JmhLine(name, params, mode, result.getScore(), result.getScoreError(), result.getScoreUnit());
    }
}
