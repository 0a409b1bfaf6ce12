package it.ccvmi.planner.data.goods;

/** Transport temperature: chilled goods need a refrigerated van. */
public enum TemperatureClass {
    AMBIENT,
    CHILLED
}
