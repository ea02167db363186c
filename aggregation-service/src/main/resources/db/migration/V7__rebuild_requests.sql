-- An admin's rebuild (POST /api/v1/admin/rollups/rebuild) runs in the background. Its request is kept here, outside
-- the tables a rebuild locks, so that asking never waits for a rebuild in progress; and so is how the last rebuild
-- ended. A rebuild answers every request made before it took its lock (requested_at <= started_at).
create table rollup_rebuild (
    id           integer primary key check (id = 1),
    requested_at timestamptz,
    requested_by varchar(255),
    started_at   timestamptz,
    finished_at  timestamptz,
    reports      bigint,
    rollups      integer,
    rounded      text[],
    failed_at    timestamptz,
    failure      text
);
insert into rollup_rebuild (id) values (1);
