-- The outbox carries events of several kinds to several topics: report-published (revisions, and the review
-- decisions on them, keyed by agency so that a decision follows its revision) and agency-roster (compacted).
alter table outbox_event
    add column topic      varchar(255) not null default 'report-published',
    add column event_type varchar(128) not null default 'gov.disclosure.report-published';
