package it.ccvmi.planner.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers and the cost rules are right when a published best-known solution, put into the production
 * model and recomputed by the independent checker, is feasible and costs exactly its BKS.
 */
class PublishedSolutionsTest {

    private static final Path BENCH = Path.of(System.getProperty("cisiamo.repo.root", "..")).resolve("../shared/bench").normalize();

    @ParameterizedTest
    @CsvSource({
            "cvrp/X-n101-k25.vrp, cvrp/X-n101-k25.sol, 100, 26",
            "cvrp/A-n32-k5.vrp,   cvrp/A-n32-k5.sol,   31,  5",
            "vrptw/R101.txt,      vrptw/R101.sol,      100, 20",
            "vrptw/C101.txt,      vrptw/C101.sol,      100, 10"})
    void bestKnownSolutionRecomputesToItsBks(String instanceFile, String solutionFile, int customers, int routes) throws IOException {
        BenchmarkInstance instance = QualityRunner.read(BENCH.resolve(instanceFile));
        Map<String, Double> bks = QualityRunner.readBks(BENCH.resolve("bks.csv"));
        assertThat(instance.size() - 1).isEqualTo(customers);

        var plan = SolutionFile.assign(instance.toPlan(), SolutionFile.readRoutes(BENCH.resolve(solutionFile)));
        FeasibilityReport report = new FeasibilityChecker().check(plan);

        assertThat(report.violations()).isEmpty();
        assertThat(report.routesUsed()).isEqualTo(routes);
        assertThat((double) report.drivingMetres() / instance.rule().unitsPerDistance()).isEqualTo(bks.get(instance.name()));
    }

    /** X-n936-k151's best-known solution uses 157 routes: k + 3 vans could not hold it. */
    @Test
    void theXFleetHoldsEveryPublishedSolutionsRoutes() throws IOException {
        try (Stream<Path> files = Files.list(BENCH.resolve("cvrp"))) {
            List<Path> solutions = files.filter(file -> file.getFileName().toString().matches("X-.*\\.sol")).sorted().toList();
            assertThat(solutions).isNotEmpty();
            for (Path solution : solutions) {
                BenchmarkInstance instance = QualityRunner.read(Path.of(solution.toString().replace(".sol", ".vrp")));
                assertThat(instance.vehicles()).as(instance.name())
                        .isGreaterThanOrEqualTo(SolutionFile.readRoutes(solution).size());
            }
        }
    }

    @Test
    void aRouteBreakingTimeWindowsIsCaught() throws IOException {
        BenchmarkInstance r101 = QualityRunner.read(BENCH.resolve("vrptw/R101.txt"));
        var routes = SolutionFile.readRoutes(BENCH.resolve("vrptw/R101.sol"));
        Collections.reverse(routes.get(0));
        FeasibilityReport report = new FeasibilityChecker().check(SolutionFile.assign(r101.toPlan(), routes));
        assertThat(report.violations()).anyMatch(v -> v.contains("after its receiving windows"));
    }

    /**
     * R101 written in VRPLIB's time-window format (as PyVRP's Instances repository has the Solomon set, the
     * long-horizon half included) reads as the same instance as Solomon's own file, and its best-known solution
     * recomputes to its BKS.
     */
    @Test
    void aVrplibTimeWindowFileReadsAsItsSolomonFile(@TempDir Path dir) throws IOException {
        BenchmarkInstance solomon = QualityRunner.read(BENCH.resolve("vrptw/R101.txt"));
        Path vrplib = dir.resolve("R101.vrp");
        Files.writeString(vrplib, vrplibText(solomon));

        BenchmarkInstance read = QualityRunner.read(vrplib);

        assertThat(read.rule()).isEqualTo(DistanceRule.SOLOMON_TENTHS);
        assertThat(read.vehicles()).isEqualTo(solomon.vehicles());
        assertThat(read.capacity()).isEqualTo(solomon.capacity());
        assertThat(read.x()).isEqualTo(solomon.x());
        assertThat(read.y()).isEqualTo(solomon.y());
        assertThat(read.demands()).isEqualTo(solomon.demands());
        assertThat(read.readyTimes()).isEqualTo(solomon.readyTimes());
        assertThat(read.dueTimes()).isEqualTo(solomon.dueTimes());
        assertThat(read.serviceTimes()).isEqualTo(solomon.serviceTimes());
        var plan = SolutionFile.assign(read.toPlan(), SolutionFile.readRoutes(BENCH.resolve("vrptw/R101.sol")));
        FeasibilityReport report = new FeasibilityChecker().check(plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.drivingMetres() / 10.0).isEqualTo(1637.7);
    }

    /** The instance as VRPLIB writes a Solomon one: one service time for every customer, times in whole units. */
    private static String vrplibText(BenchmarkInstance instance) {
        StringBuilder text = new StringBuilder("NAME : R101\nTYPE : CVRPTW\nDIMENSION : " + instance.size()
                + "\nVEHICLES : " + instance.vehicles() + "\nCAPACITY : " + instance.capacity()
                + "\nSERVICE_TIME : " + instance.serviceTimes()[1] / 10 + "\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n");
        for (int node = 0; node < instance.size(); node++) {
            text.append(node + 1).append(' ').append((long) instance.x()[node]).append(' ').append((long) instance.y()[node]).append('\n');
        }
        text.append("DEMAND_SECTION\n");
        for (int node = 0; node < instance.size(); node++) {
            text.append(node + 1).append(' ').append(instance.demands()[node]).append('\n');
        }
        text.append("TIME_WINDOW_SECTION\n");
        for (int node = 0; node < instance.size(); node++) {
            text.append(node + 1).append(' ').append(instance.readyTimes()[node] / 10).append(' ')
                    .append(instance.dueTimes()[node] / 10).append('\n');
        }
        return text.append("DEPOT_SECTION\n1\n-1\nEOF\n").toString();
    }

    @Test
    void malformedInstanceNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.vrp");
        Files.writeString(broken, "NAME : X-n3-k1\nDIMENSION : 3\nCAPACITY : 10\nEDGE_WEIGHT_TYPE : EUC_2D\n"
                + "NODE_COORD_SECTION\n1 0 0\n2 1 x\n");
        assertThatThrownBy(() -> new CvrplibReader().read(broken))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("broken.vrp:7").hasMessageContaining("y is not a number");
    }
}
