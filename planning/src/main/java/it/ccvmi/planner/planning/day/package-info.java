/**
 * The day's input as plain values: what sites ask for, what the depot holds, which vans are out, with the typed
 * ids (site, request, vehicle) carried from the database or the generator to the plan and back.
 *
 * <p>May depend on: planning.territory, solver.routing.model (the request id a visit carries).
 */
package it.ccvmi.planner.planning.day;
