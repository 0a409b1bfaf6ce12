/**
 * Planning jobs: submit, queue, solve (through the solver's SolveRun), live events, stop, store; shared by the
 * replicas of the service through the database (the job engine, db-scheduler: claim, heartbeat, take-over from the
 * checkpoint).
 *
 * <p>May depend on: api.plans, api.security, api.stock, api.web, data, planning, solver, routing, Spring, db-scheduler.
 */
package it.ccvmi.planner.api.jobs;
