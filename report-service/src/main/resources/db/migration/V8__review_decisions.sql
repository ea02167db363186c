-- Reviewers' decisions on revisions, every one kept with who made it and when; the report row says where its
-- current revision stands (PENDING until decided; every new revision starts PENDING again).
alter table report
    -- the publication date the current revision states (null: none; then the day of its first acceptance counts)
    add column published_on  date,
    add column review_status varchar(16) not null default 'PENDING'
        check (review_status in ('PENDING', 'ACCEPTED', 'RETURNED'));

create table review_decision (
    id          uuid        primary key,
    report_id   uuid        not null references report (id),
    revision    integer     not null,
    sequence    integer     not null,
    decision    varchar(16) not null check (decision in ('ACCEPTED', 'RETURNED')),
    comments    jsonb       not null,
    decided_by  text        not null,
    decided_at  timestamptz not null,
    constraint review_decision_sequence unique (report_id, sequence)
);

create index review_decision_revision on review_decision (report_id, revision);

create function refuse_review_change() returns trigger language plpgsql as $$
begin
    raise exception 'review decisions are kept as made (report %, decision %)', old.report_id, old.sequence;
end;
$$;

create trigger review_decision_immutable
    before update or delete on review_decision
    for each row execute function refuse_review_change();
