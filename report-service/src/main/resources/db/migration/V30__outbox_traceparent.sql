-- The W3C traceparent of the request that recorded an event (null when it was not traced): the relay sends the event
-- in that trace, so that one report's path through both services is one trace.
alter table outbox_event add column traceparent varchar(128);
