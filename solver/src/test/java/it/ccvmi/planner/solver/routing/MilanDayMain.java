package it.ccvmi.planner.solver.routing;

import java.time.Duration;

import it.ccvmi.planner.solver.routing.check.FeasibilityChecker;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PlanExplanation;
import it.ccvmi.planner.solver.routing.explain.RoutingExplainer;
import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Van;
import it.ccvmi.planner.solver.routing.solve.RoutingSolver;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;

/**
 * Solves a generated Milan day from a plain {@code main} and prints routes, score and explanations.
 * Arguments: [seconds=30] [vans=20] [rsa=40] [seed=1].
 */
public final class MilanDayMain {

    private MilanDayMain() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        int vans = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rsa = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        RoutingPlan day = MilanDay.generate(MilanDay.dataDir(), seed, vans, rsa);
        System.out.printf("%d visits, %d vans%n", day.getVisits().size(), day.getRealVans().size());
        RoutingPlan plan = new RoutingSolver(SolveLimits.spent(Duration.ofSeconds(seconds))).solve(day);
        for (Van van : plan.getRealVans()) {
            System.out.printf("%-7s %3d stops %5d kg: %s%n", van.getId(), van.getVisits().size(),
                    van.getVisits().stream().mapToLong(v -> v.getKg()).sum(), van.getVisits());
        }
        FeasibilityReport report = new FeasibilityChecker().check(plan);
        PlanExplanation explanation = new RoutingExplainer().explain(plan);
        System.out.printf("Score %s; independent check: %s, %.1f h driving, %d routes%n", plan.getScore(),
                report.feasible() ? "feasible" : report.violations(), report.drivingSeconds() / 3600.0, report.routesUsed());
        explanation.constraints().forEach(c -> System.out.printf("  %-40s %s (%d)%n", c.constraint(), c.score(), c.matches()));
        explanation.postponed().forEach(p -> System.out.println("  " + p.reason() + ": " + p.explanation()));
    }
}
