package it.ccvmi.planner.planning.goods;

/** Programme strand a goods type belongs to. */
public enum GoodsFamily {
    /** SosteniAMO: donated food split fairly across the comuni. */
    FOOD,
    /** AffrontiAMO: DPI, flu-vaccine kits and medicines for ATS hubs and RSA. */
    MEDICAL
}
