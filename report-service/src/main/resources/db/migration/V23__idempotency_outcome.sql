-- An idempotency record keeps what the first request did (CREATED, REVISED, UNCHANGED), not the HTTP status it was
-- answered with: the resources decide statuses. Records written before keep their status code (201: CREATED, else
-- read as UNCHANGED, which answers the same 200); they expire within reports.idempotency.retention.
alter table idempotency_record add column outcome varchar(16)
    check (outcome in ('CREATED', 'REVISED', 'UNCHANGED', 'WITHDRAWN'));
alter table idempotency_record alter column status_code drop not null;
