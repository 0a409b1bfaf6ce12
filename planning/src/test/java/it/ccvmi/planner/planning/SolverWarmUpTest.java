package it.ccvmi.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.setup.Routers;
import it.ccvmi.planner.routing.setup.RoutingSettings;
import it.ccvmi.planner.routing.straightline.StraightLineSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warm-up plans its generated day as a job would, on the real territory; a stop before it solves skips it. */
class SolverWarmUpTest {

    static Router straightLine;

    @BeforeAll
    static void setUp() {
        straightLine = Routers.create(RoutingSettings.straightLine(StraightLineSettings.DEFAULT));
    }

    @AfterAll
    static void closeRouter() {
        straightLine.close();
    }

    @Test
    void plansTheGeneratedLargeDayFeasibly() {
        SolverWarmUp.Result result = new SolverWarmUp(PlanningTestData.referenceDays(), straightLine).run().orElseThrow();

        assertThat(result.visits()).isGreaterThan(100);
        assertThat(result.score().hardScore()).isZero();
        assertThat(result.feasible()).isTrue();
    }

    @Test
    void aWarmUpStoppedBeforeItSolvesDoesNotSolve() {
        SolverWarmUp warmUp = new SolverWarmUp(PlanningTestData.referenceDays(), straightLine);

        warmUp.stop();

        assertThat(warmUp.run()).isEmpty();
    }
}
