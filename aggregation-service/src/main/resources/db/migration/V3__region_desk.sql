-- The region office's desk: the roster (a copy of the report service's, from the compacted topic agency-roster),
-- when each report was published, the review decisions applied, and rollups in four variants.

create table roster_agency (
    agency_id   varchar(64)  primary key,
    name        varchar(200) not null,
    region_code varchar(6)   not null,
    kind        varchar(16)  not null check (kind in ('GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'OTHER')),
    reports_to  varchar(64),
    active_from date,
    active_to   date,
    version     integer      not null,
    event_time  timestamptz  not null,
    applied_at  timestamptz  not null
);

create index roster_agency_region on roster_agency (region_code);

-- as the event says (absent from events of report services before this version: then the revision's day counts)
alter table applied_report add column published_on date;

-- the latest decision applied for each agency's report of a year, on whichever revision it judged: it counts only
-- while that revision is the one applied (a new revision is pending again)
create table applied_review (
    agency_id varchar(64) not null,
    year      integer     not null,
    revision  integer     not null,
    sequence  integer     not null,
    decision  varchar(16) not null check (decision in ('ACCEPTED', 'RETURNED')),
    applied_at timestamptz not null,
    primary key (agency_id, year)
);

-- basis RECEIVED: every published report; ACCEPTED: those whose applied revision a reviewer accepted.
-- excludes_violations: only reports that break no arithmetic rule (a 汇总 that adds up).
alter table rollup
    add column basis               varchar(8) not null default 'RECEIVED' check (basis in ('RECEIVED', 'ACCEPTED')),
    add column excludes_violations boolean    not null default false;
alter table rollup drop constraint rollup_pkey;
alter table rollup add primary key (region_code, year, scope, basis, excludes_violations);

-- the existing rows are the RECEIVED, all-reports variant; the service computes the others once, at its next start
create table rollup_maintenance (
    rebuild_needed boolean not null
);
insert into rollup_maintenance values (true);
