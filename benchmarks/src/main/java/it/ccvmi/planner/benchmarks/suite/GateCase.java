package it.ccvmi.planner.benchmarks.suite;

/**
 * One deterministic solve of the quality gate: an instance (CVRPLIB or Solomon name), a step count for the
 * local search and a random seed. On one thread the same case always gives the same routes.
 */
record GateCase(String instance, int steps, long seed) {

    /** The baseline row key: the same instance may be gated with several step counts or seeds. */
    String key() {
        return instance + "/" + steps + "/" + seed;
    }
}
