-- Events sent to the dead-letter topic, kept for admins to read: where they came from and why they were refused.
create table dead_letter (
    id             bigint       generated always as identity primary key,
    topic          varchar(255) not null,
    kafka_partition integer     not null,
    kafka_offset   bigint       not null,
    event_key      varchar(255),
    reason         text         not null,
    payload        text,
    received_at    timestamptz  not null
);

create index dead_letter_received_at on dead_letter (received_at desc);
