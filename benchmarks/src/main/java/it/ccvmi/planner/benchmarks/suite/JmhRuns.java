package it.ccvmi.planner.benchmarks.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import it.ccvmi.planner.benchmarks.allocation.FairSplitBenchmark;
import it.ccvmi.planner.benchmarks.routing.TravelMatrixBenchmark;
import it.ccvmi.planner.benchmarks.solver.FirstFeasiblePlanBenchmark;
import it.ccvmi.planner.benchmarks.solver.MoveEvaluationBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of a profile, each group writing JMH's own JSON result file into the output
 * directory. The solver benchmarks plan generated Milan days with the straight-line router; the travel-matrix
 * benchmarks need the metro PBF; without it they are skipped and the summary says so.
 */
final class JmhRuns {

    private final Profile profile;
    private final Path outDirectory;
    private final Path graphCache;

    JmhRuns(Profile profile, Path outDirectory, Path graphCache) {
        this.profile = profile;
        this.outDirectory = outDirectory;
        this.graphCache = graphCache;
    }

    List<RunResult> run(Path metroPbf) throws RunnerException {
        List<RunResult> results = new ArrayList<>();
        results.addAll(run("jmh-fair-split.json", profile.timed(include(FairSplitBenchmark.class, ""))));
        results.addAll(run("jmh-move-evaluation.json", profile.timed(include(MoveEvaluationBenchmark.class, ""))));
        results.addAll(run("jmh-first-feasible-plan.json",
                profile.singleShot(include(FirstFeasiblePlanBenchmark.class, ""))));
        if (Files.isRegularFile(metroPbf)) {
            results.addAll(run("jmh-travel-matrix.json",
                    profile.timed(include(TravelMatrixBenchmark.class, "manyToManyMatrix"))));
            results.addAll(run("jmh-route-per-pair.json",
                    profile.perPair(include(TravelMatrixBenchmark.class, "routePerPair"))));
        } else {
            System.out.println("No metro PBF at " + metroPbf + ": travel-matrix benchmarks skipped");
        }
        return results;
    }

    /** JMH matches the pattern against "class.method"; an empty method selects the whole class. */
    private ChainedOptionsBuilder include(Class<?> benchmark, String method) {
        String pattern = "^" + Pattern.quote(benchmark.getName() + "." + method) + (method.isEmpty() ? "" : "$");
        return new OptionsBuilder().include(pattern)
                .jvmArgsAppend("-Dcisiamo.graph-cache=" + graphCache.toAbsolutePath());
    }

    private Collection<RunResult> run(String jsonFile, ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.resultFormat(ResultFormatType.JSON)
                .result(outDirectory.resolve(jsonFile).toString()).build()).run();
    }
}
