package it.ccvmi.planner.solver.routing.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.ccvmi.planner.solver.routing.model.RoutingPlan;
import it.ccvmi.planner.solver.routing.model.Visit;
import it.ccvmi.planner.solver.routing.solve.RoutingSolverConfig;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** Explains a solved plan: score per constraint, per visit, and a reason for every postponed delivery. */
public final class RoutingExplainer {

    private final SolutionManager<RoutingPlan, HardMediumSoftLongScore> solutionManager = SolutionManager.create(
            SolverFactory.create(RoutingSolverConfig.scoring()));

    public PlanExplanation explain(RoutingPlan plan) {
        ScoreExplanation<RoutingPlan, HardMediumSoftLongScore> explanation = solutionManager.explain(plan);
        List<ConstraintSummary> constraints = explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintMatchCount() > 0)
                .sorted(Comparator.comparing(ConstraintMatchTotal::getScore))
                .map(total -> new ConstraintSummary(total.getConstraintName(), total.getScore(), total.getConstraintMatchCount()))
                .toList();
        Map<String, Map<String, HardMediumSoftLongScore>> perVisit = new TreeMap<>();
        for (Indictment<HardMediumSoftLongScore> indictment : explanation.getIndictmentMap().values()) {
            if (indictment.getIndictedObject() instanceof Visit visit) {
                Map<String, HardMediumSoftLongScore> byConstraint = new LinkedHashMap<>();
                indictment.getConstraintMatchSet().forEach(match -> byConstraint.merge(
                        match.getConstraintName(), match.getScore(), HardMediumSoftLongScore::add));
                perVisit.put(visit.getId(), byConstraint);
            }
        }
        List<PostponedDelivery> postponed = new ArrayList<>();
        for (Visit visit : plan.getPostponedList().getVisits()) {
            if (visit.isReload()) {
                continue; // an unused depot return: nothing was postponed
            }
            postponed.add(PostponementDiagnosis.diagnose(plan, visit));
        }
        return new PlanExplanation(explanation.getScore(), constraints, perVisit, postponed);
    }
}
