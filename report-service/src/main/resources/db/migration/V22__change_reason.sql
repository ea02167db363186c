-- Why a revision was made, as its writer said (X-Change-Reason), for the revision history.
alter table report_revision add column change_reason varchar(500);
