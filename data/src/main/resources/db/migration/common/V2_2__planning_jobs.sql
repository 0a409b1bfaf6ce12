-- Planning jobs: one row per "plan this date" request, kept after the solve so that a restart can tell which
-- jobs it interrupted and the planners can see who asked for what.
CREATE TABLE planning_job (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    delivery_date       DATE         NOT NULL,
    time_limit_seconds  INTEGER      NOT NULL CHECK (time_limit_seconds BETWEEN 1 AND 600),
    -- JSON: the vehicle subset and the fairness options, as requested
    parameters_json     VARCHAR(20000) NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    best_score          VARCHAR(100),
    feasible            BOOLEAN,
    queued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    error               VARCHAR(4000),
    requested_by        VARCHAR(80)  NOT NULL,
    plan_version_id     BIGINT       REFERENCES plan_version (id),
    CONSTRAINT planning_job_state CHECK (state IN ('QUEUED', 'SOLVING', 'DONE', 'STOPPED', 'FAILED', 'INTERRUPTED'))
);
CREATE INDEX planning_job_state_idx ON planning_job (state);
CREATE INDEX planning_job_queued_idx ON planning_job (queued_at);

-- The fair share before rounding, which equity over time needs from published versions.
ALTER TABLE allocation ADD COLUMN fair_share NUMERIC(14, 4);
