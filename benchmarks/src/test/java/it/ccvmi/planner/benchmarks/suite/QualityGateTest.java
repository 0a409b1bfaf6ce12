package it.ccvmi.planner.benchmarks.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateTest {

    private static final GateCase A32 = new GateCase("A-n32-k5", 1_000, 1);

    @TempDir
    Path directory;

    @Test
    void aSavedBaselineReadsBackExactly() throws IOException {
        Path file = directory.resolve("baseline.csv");
        GateResult solomon = new GateResult(new GateCase("R101", 3_000, 7), 1658.2, true, "");
        Baseline.write(file, List.of(new GateResult(A32, 827, true, ""), solomon));

        Baseline baseline = Baseline.read(file);

        assertThat(baseline.get(A32).cost()).isEqualTo(827.0);
        assertThat(baseline.get(solomon.gateCase()).cost()).isEqualTo(1658.2);
        assertThat(baseline.get(new GateCase("R101", 3_000, 8))).isNull();
    }

    @Test
    void aBrokenBaselineNamesFileAndLine() throws IOException {
        Path file = directory.resolve("baseline.csv");
        Files.writeString(file, Baseline.HEADER + "\nA-n32-k5,1000,1,eight hundred,true\n");

        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining(file + " line 2")
                .hasMessageContaining("eight hundred");
    }

    @Test
    void aHigherCostOrLostFeasibilityFailsAndNamesBothCosts() {
        GateResult baseline = new GateResult(A32, 827, true, "");

        GateVerdict worse = GateVerdict.compare(new GateResult(A32, 828, true, ""), baseline);
        GateVerdict infeasible = GateVerdict.compare(new GateResult(A32, 800, false, "1 customers left unserved"), baseline);

        assertThat(worse.outcome()).isEqualTo(GateVerdict.Outcome.WORSE);
        assertThat(worse.describe()).contains("A-n32-k5", "baseline 827.0", "now 828.0");
        assertThat(infeasible.outcome()).isEqualTo(GateVerdict.Outcome.WORSE);
        assertThat(infeasible.describe()).contains("INFEASIBLE: 1 customers left unserved");
        assertThat(GateVerdict.passes(List.of(worse))).isFalse();
    }

    @Test
    void equalOrLowerCostPassesAndACaseWithoutBaselineFails() {
        GateResult baseline = new GateResult(A32, 827, true, "");

        GateVerdict same = GateVerdict.compare(new GateResult(A32, 827, true, ""), baseline);
        GateVerdict better = GateVerdict.compare(new GateResult(A32, 790, true, ""), baseline);
        GateVerdict unknown = GateVerdict.compare(new GateResult(A32, 790, true, ""), null);

        assertThat(List.of(same.outcome(), better.outcome())).containsExactly(GateVerdict.Outcome.SAME, GateVerdict.Outcome.BETTER);
        assertThat(GateVerdict.passes(List.of(same, better))).isTrue();
        assertThat(GateVerdict.passes(List.of(same, unknown))).isFalse();
    }

    /** The real solver on the real instance: the same case twice gives the same, feasible cost. */
    @Test
    void aGateCaseIsRepeatable() throws IOException {
        Path benchDir = Path.of(System.getProperty("cisiamo.repo.root", "..")).resolve("../shared/bench").normalize();
        QualityGate gate = new QualityGate(benchDir, SearchTuning.DEFAULT);

        GateResult first = gate.solve(A32);
        GateResult second = gate.solve(A32);

        assertThat(first.feasible()).isTrue();
        assertThat(second.cost()).isEqualTo(first.cost());
    }
}
