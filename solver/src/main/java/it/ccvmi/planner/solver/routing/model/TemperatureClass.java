package it.ccvmi.planner.solver.routing.model;

/** How goods must travel. Chilled goods (dairy, fresh produce, vaccines) need a refrigerated van. */
public enum TemperatureClass {
    AMBIENT,
    CHILLED
}
