/**
 * The benchmark suite and its deterministic quality gate.
 *
 * <p>May depend on: the other benchmark packages, planning.territory, solver.
 */
package it.ccvmi.planner.benchmarks.suite;
