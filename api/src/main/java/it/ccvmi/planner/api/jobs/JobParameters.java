package it.ccvmi.planner.api.jobs;

/**
 * What a job was asked to do, as stored in its row (JSON): whichever replica runs the job reads its inputs from
 * it when the job starts. Exactly one of the two is set.
 *
 * @param plan   a plan of the date from scratch
 * @param replan a re-plan of the date's published version
 */
record JobParameters(PlanRequest plan, ReplanRequest replan) {
}
