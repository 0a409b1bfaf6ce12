package it.ccvmi.planner.planning.goods;

/** The handling unit goods are requested, stocked and loaded in. */
public enum GoodsUnit {
    CASE,
    KIT,
    BOX
}
