package it.ccvmi.planner.api.plans;

import java.time.LocalDate;

/**
 * A draft became the published version of its day, published inside the publishing transaction: listeners (the
 * stock ledger, which reserves the version's goods) act in that transaction, so if one fails nothing is published.
 *
 * @param date                the delivery day
 * @param versionId           the newly published version (plan_version id)
 * @param supersededVersionId the version it replaced, null for the day's first publication
 */
public record VersionPublished(LocalDate date, long versionId, Long supersededVersionId) {
}
