-- Who stored each revision, as the caller's token says: its subject and the agencies it acts for.
alter table report_revision
    add column submitted_by          varchar(255),
    add column submitted_by_agencies jsonb;
