-- The roster: the agencies that must report, per region, and the years they existed. This service owns it and
-- publishes every change on the compacted topic agency-roster (through the outbox).
create table roster_agency (
    agency_id   varchar(64)  primary key,
    name        varchar(200) not null,
    -- the name without its place (汝州市人民政府办公室 → 人民政府办公室), for searching
    short_name  varchar(200) not null,
    region_code varchar(6)   not null,
    kind        varchar(16)  not null check (kind in ('GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'OTHER')),
    reports_to  varchar(64),
    active_from date,
    active_to   date,
    version     integer      not null,
    updated_at  timestamptz  not null,
    updated_by  text,
    constraint roster_agency_active check (active_from is null or active_to is null or active_to >= active_from)
);

create index roster_agency_region on roster_agency (region_code);
