package it.ccvmi.planner.solver.routing.model;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps every stop's trip number right when a visit moves: the previous stop's trip, plus one after a depot
 * return. Like {@link ArrivalTimeUpdater} it walks on from the changed visit and stops at the first unchanged
 * trip, so in a route without reloads a move touches one visit.
 */
public class TripUpdater implements VariableListener<RoutingPlan, Visit> {

    private static final String TRIP = "trip";

    @Override
    public void beforeVariableChanged(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
        // Nothing to do before: the trip depends only on the new placement.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
        if (!visit.isDelivered()) {
            set(scoreDirector, visit, null);
            return;
        }
        Visit previous = visit.getPreviousVisit();
        if (previous != null && previous.getTrip() == null) {
            // Placed in the same move with its own notification pending: it will recompute this one.
            return;
        }
        Visit current = visit;
        while (current != null) {
            Integer trip = tripAfter(current.getPreviousVisit());
            if (trip.equals(current.getTrip())) {
                return;
            }
            set(scoreDirector, current, trip);
            current = current.getNextVisit();
        }
    }

    /** The trip of the stop after {@code previous} (null: the route's first stop): the one rule for trip numbers. */
    public static Integer tripAfter(Visit previous) {
        if (previous == null) {
            return 0;
        }
        return previous.isReload() ? previous.getTrip() + 1 : previous.getTrip();
    }

    private static void set(ScoreDirector<RoutingPlan> scoreDirector, Visit visit, Integer trip) {
        if (trip == null ? visit.getTrip() == null : trip.equals(visit.getTrip())) {
            return;
        }
        scoreDirector.beforeVariableChanged(visit, TRIP);
        visit.setTrip(trip);
        scoreDirector.afterVariableChanged(visit, TRIP);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoutingPlan> scoreDirector, Visit visit) {
    }
}
