package it.ccvmi.planner.planning;

/** The day cannot be planned as given; the message says what to correct (e.g. every site off the road network). */
public class DayPlanningException extends RuntimeException {

    public DayPlanningException(String message, Throwable cause) {
        super(message, cause);
    }
}
