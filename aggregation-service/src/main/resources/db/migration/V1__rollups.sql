-- applied_report: for each agency and year, the latest revision this service has applied (the bookkeeping that
-- makes a redelivered or out-of-order event change nothing), with its numbers (what it contributes to rollups).
-- rollup: the sums per region, year and scope (OWN: the region's own agencies; ALL: its whole territory).

create table applied_report (
    agency_id       varchar(64)  not null,
    year            integer      not null,
    report_id       uuid         not null,
    revision        integer      not null,
    status          varchar(16)  not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    agency_name     varchar(200) not null,
    region_code     varchar(6)   not null,
    violation_count integer      not null,
    numbers         jsonb        not null,
    event_time      timestamptz  not null,
    applied_at      timestamptz  not null,
    primary key (agency_id, year)
);

create index applied_report_region_year on applied_report (region_code, year);

create table rollup (
    region_code             varchar(6)  not null,
    year                    integer     not null,
    scope                   varchar(3)  not null check (scope in ('OWN', 'ALL')),
    report_count            integer     not null,
    reports_with_violations integer     not null,
    numbers                 jsonb       not null,
    updated_at              timestamptz not null,
    primary key (region_code, year, scope)
);

-- {"a": 1, "b": 2} + {"a": 3} = {"a": 4, "b": 2}: exact (numeric), for adding a change to a rollup in one statement.
create function add_numbers(a jsonb, b jsonb) returns jsonb language sql immutable strict as $$
    select coalesce(jsonb_object_agg(key, total), '{}'::jsonb)
    from (select key, sum(value::numeric) as total
          from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) as entries
          group by key) as sums
$$;
