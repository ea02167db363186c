-- A report is one agency's report for one year; every submission, revision and withdrawal is a revision of it.
-- report holds the latest state (what listings filter on); report_revision holds every document ever stored.

create table report (
    id               uuid         primary key,
    agency_id        varchar(64)  not null,
    year             integer      not null,
    current_revision integer      not null,
    status           varchar(16)  not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    agency_name      varchar(200) not null,
    region_code      varchar(6)   not null,
    violation_count  integer      not null,
    warning_count    integer      not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint report_agency_year unique (agency_id, year)
);

create index report_region_year on report (region_code, year);
create index report_year on report (year);

create table report_revision (
    id              uuid         primary key,
    report_id       uuid         not null references report (id),
    revision        integer      not null,
    status          varchar(16)  not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    document        jsonb        not null,
    content_hash    varchar(64)  not null,
    validation_mode varchar(16)  not null,
    violations      jsonb        not null,
    warnings        jsonb        not null,
    violation_count integer      not null,
    warning_count   integer      not null,
    submitted_at    timestamptz  not null,
    constraint report_revision_number unique (report_id, revision)
);

-- A stored revision is never changed: the database refuses it whatever the application does.
create function refuse_revision_change() returns trigger language plpgsql as $$
begin
    raise exception 'report revisions are immutable (report %, revision %)', old.report_id, old.revision;
end;
$$;

create trigger report_revision_immutable
    before update or delete on report_revision
    for each row execute function refuse_revision_change();

-- The first answer to a request sent with an Idempotency-Key, so that a retry gets the same answer.
create table idempotency_record (
    idempotency_key varchar(255) primary key,
    fingerprint     varchar(64)  not null,
    status_code     integer      not null,
    report_id       uuid         not null references report (id),
    revision        integer      not null,
    created_at      timestamptz  not null
);

create index idempotency_record_created_at on idempotency_record (created_at);
