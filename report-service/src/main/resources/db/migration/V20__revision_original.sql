-- A revision submitted as a published document (PDF, Word, web page) keeps the file as it came, byte for byte,
-- with its media type: GET .../revisions/{n}/source returns it. The text read from it stays in report_revision.
create table revision_original
(
    revision_id  uuid primary key references report_revision (id),
    media_type   varchar(255) not null,
    file_name    varchar(255),
    content      bytea        not null
);
