-- A token's subject has no length limit.
alter table report_revision alter column submitted_by type text;
