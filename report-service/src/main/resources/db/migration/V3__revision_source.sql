-- A revision submitted as published text keeps the text and how it was read (format, notes); null for JSON.
alter table report_revision
    add column source_format varchar(16),
    add column source_notes  jsonb,
    add column source_text   text;
