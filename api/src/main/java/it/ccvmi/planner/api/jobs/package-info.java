/**
 * Planning jobs: submit, queue, solve (through the solver's SolveRun), live events, stop, store.
 *
 * <p>May depend on: api.plans, api.security, api.stock, api.web, data, planning, solver, routing, Spring.
 */
package it.ccvmi.planner.api.jobs;
