package it.ccvmi.planner.benchmarks.suite;

import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result as the summary shows it.
 *
 * @param error the 99.9 % confidence half-width JMH reports (NaN with too few iterations)
 */
record JmhLine(String benchmark, String params, String mode, double score, double error, String unit) {

    static JmhLine of(RunResult run) {
        BenchmarkParams params = run.getParams();
        String benchmark = params.getBenchmark();
        Result<?> primary = run.getPrimaryResult();
        return new JmhLine(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                params.getParamsKeys().stream().map(key -> key + "=" + params.getParam(key)).collect(Collectors.joining(" ")),
                params.getMode().shortLabel(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit());
    }
}
