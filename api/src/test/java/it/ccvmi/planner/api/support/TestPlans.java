package it.ccvmi.planner.api.support;

import it.ccvmi.planner.data.plan.Plan;
import it.ccvmi.planner.data.plan.PlanRepository;
import it.ccvmi.planner.data.plan.PlanVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a plan directly, so tests can check what a plan's use of requests or vans prevents. */
public final class TestPlans {

    private TestPlans() {
    }

    /** A plan of {@code date} with one draft version; {@code content} fills it inside the transaction. */
    public static void storeDraft(PlanRepository plans, PlatformTransactionManager transactions, LocalDate date,
            Consumer<PlanVersion> content) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Plan plan = new Plan(date, Clock.systemUTC());
            content.accept(plan.newVersion(Clock.systemUTC()));
            plans.save(plan);
        });
    }
}
