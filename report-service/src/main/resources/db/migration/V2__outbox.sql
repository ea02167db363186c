-- Transactional outbox: an event is written in the transaction that stores its revision, and marked sent only
-- after Kafka acknowledged it. Sent rows are kept for a while (reports.outbox.retention), then deleted.
create table outbox_event (
    id         uuid         primary key,
    sequence   bigint       generated always as identity,
    event_key  varchar(64)  not null,
    subject    varchar(64)  not null,
    payload    text         not null,
    created_at timestamptz  not null,
    sent_at    timestamptz
);

create index outbox_event_unsent on outbox_event (sequence) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
