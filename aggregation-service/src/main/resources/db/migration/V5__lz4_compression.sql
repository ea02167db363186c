-- An applied report's numbers (a jsonb of some 13 KB) and a rollup's numbers are compressed with lz4 instead of
-- PostgreSQL's default pglz when the server has it (PostgreSQL 14 and later, built with lz4): less of PostgreSQL's CPU
-- per event. Values stored before keep pglz; both read back alike. Only the column's setting changes.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table applied_report alter column numbers set compression lz4;
        alter table rollup alter column numbers set compression lz4;
        alter table dead_letter alter column payload set compression lz4;
    end if;
end
$$;
