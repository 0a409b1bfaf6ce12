-- Planning jobs shared by the replicas of the service (README, Replicas).

-- db-scheduler's table (its documented schema, in types both H2 and PostgreSQL read): one row per job waiting
-- or running; the replica that claims a row marks it picked and keeps last_heartbeat fresh, so another replica
-- can take over a job whose replica stopped beating.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_idx ON scheduled_tasks (priority, execution_time);

-- The best routes so far (JSON: visit ids per van id), written while solving: a replica that takes the job over
-- starts its solve from them.
ALTER TABLE planning_job ADD COLUMN checkpoint_json VARCHAR(1000000);
ALTER TABLE planning_job ADD COLUMN checkpoint_score VARCHAR(100);
-- A planner asked to stop the job, on whichever replica: the replica solving it reads the flag.
ALTER TABLE planning_job ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
-- How many times another replica took the job over after its replica stopped.
ALTER TABLE planning_job ADD COLUMN resumes INTEGER DEFAULT 0 NOT NULL;
