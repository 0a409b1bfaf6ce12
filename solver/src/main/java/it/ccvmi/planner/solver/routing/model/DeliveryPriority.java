package it.ccvmi.planner.solver.routing.model;

/**
 * What a delivery carries, most urgent first. The weight multiplies the cost of postponing a delivery:
 * one vaccine kit left behind costs as much as a hundred kilos of food.
 */
public enum DeliveryPriority {
    VACCINE_KITS(100),
    MEDICINES(50),
    DPI(10),
    FOOD(1);

    private final int postponementWeight;

    DeliveryPriority(int postponementWeight) {
        this.postponementWeight = postponementWeight;
    }

    public int postponementWeight() {
        return postponementWeight;
    }
}
