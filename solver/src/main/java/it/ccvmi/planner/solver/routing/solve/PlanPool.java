package it.ccvmi.planner.solver.routing.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The best distinct plans of the search's coolings, the parents of {@link RouteCrossover}'s children (HGS's population,
 * kept small: a cooling is the education of one child). A plan breaking a rule never joins; one scoring the same as a
 * member is taken for a copy of it and left out; when full, a better plan replaces the worst.
 */
final class PlanPool {

    private final int size;
    private final List<SearchPlan> plans = new ArrayList<>();

    PlanPool(int size) {
        this.size = size;
    }

    void offer(SearchPlan plan) {
        if (plan.score().hardScore() != 0 || plans.stream().anyMatch(member -> member.score().equals(plan.score()))) {
            return;
        }
        if (plans.size() < size) {
            plans.add(plan);
            return;
        }
        SearchPlan worst = plans.stream().min(Comparator.comparing(SearchPlan::score)).orElseThrow();
        if (plan.score().compareTo(worst.score()) > 0) {
            plans.set(plans.indexOf(worst), plan);
        }
    }

    /** Two different plans drawn at random; null while the pool has fewer than two. */
    SearchPlan[] parents(Random random) {
        if (plans.size() < 2) {
            return null;
        }
        int first = random.nextInt(plans.size());
        int second = (first + 1 + random.nextInt(plans.size() - 1)) % plans.size();
        return new SearchPlan[] {plans.get(first), plans.get(second)};
    }

    List<SearchPlan> plans() {
        return List.copyOf(plans);
    }
}
