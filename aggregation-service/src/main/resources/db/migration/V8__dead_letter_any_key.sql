-- A dead letter's key and topic are whatever the producer sent: a key longer than 255 characters made its record fail
-- (the event was on the dead-letter topic all the same, but not in the admins' list). varchar to text rewrites nothing.
alter table dead_letter alter column topic type text, alter column event_key type text;
