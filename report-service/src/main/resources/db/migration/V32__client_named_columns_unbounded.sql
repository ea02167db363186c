-- What a client names is kept as sent, whatever its length: a file's name (a multipart part's filename, a zip
-- entry's name) and its Content-Type (charset and parameters). In varchar(255), a longer one failed the insert: a
-- 500 for a report sent as a web page or for an import, and a valid PDF refused in a batch.
alter table revision_original alter column file_name type text, alter column media_type type text;
alter table import_file alter column content_type type text;
