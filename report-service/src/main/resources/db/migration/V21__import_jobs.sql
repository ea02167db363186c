-- Import jobs: many published files loaded in the background, each stored or refused on its own. The files wait in
-- import_file (their bytes dropped once read), so that a job outlives a restart; workers claim them with
-- FOR UPDATE SKIP LOCKED and a lease, and a claim whose worker died is taken again when its lease ends.
create table import_job
(
    id              uuid primary key,
    status          varchar(16)  not null,
    created_at      timestamptz  not null,
    finished_at     timestamptz,
    submitted_by    text         not null,
    -- the submitting caller's reach (subject, roles, agencies, region): the job acts with it
    caller          jsonb        not null,
    validation_mode varchar(16)  not null,
    total           int          not null
);
create index import_job_by_submitter on import_job (submitted_by, created_at desc);

create table import_file
(
    id            uuid primary key,
    job_id        uuid         not null references import_job (id) on delete cascade,
    seq           int          not null,
    name          text         not null,
    content_type  varchar(255),
    content       bytea,
    state         varchar(16)  not null,
    claimed_until timestamptz,
    attempts      int          not null default 0,
    outcome       varchar(16),
    result        jsonb,
    unique (job_id, seq)
);
create index import_file_waiting on import_file (job_id, seq) where state in ('PENDING', 'CLAIMED');
