package it.ccvmi.planner.benchmarks.suite;

import java.util.List;

/** One case compared with its baseline: only WORSE and UNKNOWN fail the gate. */
record GateVerdict(Outcome outcome, GateResult result, GateResult baseline) {

    /** Rounding of the recomputed costs; anything larger is a real change of the routes. */
    private static final double COST_TOLERANCE = 1e-6;

    enum Outcome { SAME, BETTER, WORSE, UNKNOWN }

    static GateVerdict compare(GateResult result, GateResult baseline) {
        if (baseline == null) {
            return new GateVerdict(Outcome.UNKNOWN, result, null);
        }
        boolean lostFeasibility = baseline.feasible() && !result.feasible();
        boolean gainedFeasibility = !baseline.feasible() && result.feasible();
        double change = result.cost() - baseline.cost();
        Outcome outcome;
        if (lostFeasibility || (!gainedFeasibility && change > COST_TOLERANCE)) {
            outcome = Outcome.WORSE;
        } else if (gainedFeasibility || change < -COST_TOLERANCE) {
            outcome = Outcome.BETTER;
        } else {
            outcome = Outcome.SAME;
        }
        return new GateVerdict(outcome, result, baseline);
    }

    static boolean passes(List<GateVerdict> verdicts) {
        return verdicts.stream().noneMatch(v -> v.outcome() == Outcome.WORSE || v.outcome() == Outcome.UNKNOWN);
    }

    /** One readable line, naming the instance, the baseline cost and the new cost. */
    String describe() {
        GateCase c = result.gateCase();
        String name = String.format("%s (%d steps, seed %d)", c.instance(), c.steps(), c.seed());
        String now = Baseline.cost(result.cost()) + (result.feasible() ? "" : " INFEASIBLE: " + result.violation());
        return switch (outcome) {
            case UNKNOWN -> "NO BASELINE " + name + ": cost " + now;
            case SAME -> "same        " + name + ": cost " + now;
            case BETTER -> "BETTER      " + name + ": baseline " + before() + ", now " + now;
            case WORSE -> "WORSE       " + name + ": baseline " + before() + ", now " + now;
        };
    }

    private String before() {
        return Baseline.cost(baseline.cost()) + (baseline.feasible() ? "" : " (infeasible)");
    }
}
