package it.ccvmi.planner.planning.milan;

import it.ccvmi.planner.planning.DayPlan;
import it.ccvmi.planner.planning.DaySize;
import it.ccvmi.planner.planning.FillStatistics;
import it.ccvmi.planner.planning.RouteSummary;
import it.ccvmi.planner.planning.UnroutableOrder;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.solver.routing.check.FeasibilityReport;
import it.ccvmi.planner.solver.routing.explain.PostponedDelivery;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;

/** A planned day as readable text: one section per question a planner asks. */
final class DayPlanPrinter {

    private final PrintStream out;

    DayPlanPrinter(PrintStream out) {
        this.out = out;
    }

    void print(PlanningDay day, DaySize size, DayPlan plan) {
        printf("Day %s (%s), seed %d, size %s: %d requests from %d sites, %d vans, %d deliveries%n", day.date(),
                day.date().getDayOfWeek(), day.seed(), size.name().toLowerCase(Locale.ROOT), day.requests().size(),
                day.requests().stream().map(RequestLine::site).distinct().count(), day.fleet().size(),
                plan.routes().getVisits().stream().filter(visit -> !visit.isReload()).count());
        printf("Router: %s%n", plan.router());
        printf("Time: fair split %s, travel matrix %s (%d x %d sites), solving %s%n", millis(plan.timings().split()),
                millis(plan.timings().matrix()), plan.sites().size(), plan.sites().size(), millis(plan.timings().solve()));
        FillStatistics fill = FillStatistics.of(plan.allocations());
        printf("Fair split: %d requests, fill ratio min %.1f %%, mean %.1f %%, Jain index %.4f%n", fill.requests(),
                100 * fill.minimum(), 100 * fill.mean(), fill.jain());
        printRoutes(plan);
        printPostponed(plan);
        printFeasibility(plan.feasibility());
        printf("Score: %s%n", plan.routes().getScore());
        plan.explanation().constraints().forEach(constraint -> printf("  %-40s %s (%d)%n", constraint.constraint(),
                constraint.score(), constraint.matches()));
    }

    private void printRoutes(DayPlan plan) {
        printf("Routes:%n  %-24s %5s %5s %7s %8s %9s %6s  %s%n", "van", "trips", "stops", "kg", "km", "duration", "back",
                "depot returns");
        long vanSeconds = 0;
        long deliveredKg = 0;
        for (RouteSummary route : RouteSummary.of(plan.routes().getRealVans())) {
            StringBuilder returns = new StringBuilder();
            route.depotReturns().forEach(back -> returns.append(String.format(Locale.ROOT, " %s-%s (%d kg)",
                    clock(back.arrivalSecond()), clock(back.departureSecond()), back.loadKg())));
            printf("  %-24s %5d %5d %7d %8.1f %9s %6s %s%n", route.vanId(), route.trips(), route.stops(), route.kg(),
                    route.drivingMetres() / 1000.0, hoursMinutes(route.durationSeconds()), clock(route.endSecond()),
                    returns);
            vanSeconds += route.durationSeconds();
            deliveredKg += route.kg();
        }
        long postponedKg = plan.explanation().postponed().stream().mapToLong(PostponedDelivery::kg).sum();
        printf("Totals: %d kg delivered, %d kg postponed, %s van-hours (shift start to back at the depot)%n",
                deliveredKg, postponedKg, hoursMinutes(vanSeconds));
    }

    private void printPostponed(DayPlan plan) {
        printf("Postponed deliveries: %d%n", plan.explanation().postponed().size());
        for (PostponedDelivery delivery : plan.explanation().postponed()) {
            printf("  %-20s %5d kg  %s%n", delivery.reason(), delivery.kg(), delivery.explanation());
        }
        for (UnroutableOrder order : plan.unroutable()) {
            printf("  %-20s %5d units of %s for %s: %s%n", "SITE_CLOSED", order.units(), order.goodsCode(),
                    order.requesterId(), order.reason());
        }
    }

    private void printFeasibility(FeasibilityReport report) {
        printf("Independent feasibility check: %s; %d routes, %.1f km, %s driving%n",
                report.feasible() ? "feasible" : report.violations().size() + " violations", report.routesUsed(),
                report.drivingMetres() / 1000.0, hoursMinutes(report.drivingSeconds()));
        report.violations().forEach(violation -> printf("  %s%n", violation));
    }

    private void printf(String format, Object... values) {
        out.printf(Locale.ROOT, format, values);
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String hoursMinutes(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3600, seconds % 3600 / 60);
    }

    private static String clock(long secondOfDay) {
        return LocalTime.ofSecondOfDay(Math.min(secondOfDay, 86_399)).toString();
    }
}
