package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class PlanPoolTest {

    @Test
    void keepsTheBestDistinctPlansThatBreakNoRule() {
        PlanPool pool = new PlanPool(3);
        SearchPlan broken = plan(-1, -10);
        SearchPlan good = plan(0, -100);
        SearchPlan better = plan(0, -90);
        SearchPlan worse = plan(0, -200);
        SearchPlan best = plan(0, -50);

        pool.offer(broken);
        pool.offer(good);
        pool.offer(plan(0, -100)); // scores as a member: a copy of it
        pool.offer(worse);
        pool.offer(better);
        assertThat(pool.plans()).containsExactly(good, worse, better);

        pool.offer(best);
        pool.offer(plan(0, -300));
        assertThat(pool.plans()).containsExactly(good, best, better);
    }

    @Test
    void drawsTwoDifferentParentsOnceThereAreTwo() {
        PlanPool pool = new PlanPool(5);
        pool.offer(plan(0, -100));
        assertThat(pool.parents(new Random(0))).isNull();

        pool.offer(plan(0, -90));
        pool.offer(plan(0, -80));
        Random random = new Random(0);
        for (int draw = 0; draw < 100; draw++) {
            SearchPlan[] parents = pool.parents(random);
            assertThat(parents[0]).isNotSameAs(parents[1]);
        }
    }

    private static SearchPlan plan(long hard, long soft) {
        return new SearchPlan(Map.of(), null, null, HardMediumSoftLongScore.of(hard, 0, soft));
    }
}
