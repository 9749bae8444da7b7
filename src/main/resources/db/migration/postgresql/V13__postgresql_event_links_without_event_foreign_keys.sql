-- An event's actor, place, source and tag rows are written only with their event, in the same
-- transaction (bulk writer or Hibernate), and Hibernate deletes them before the event, as it does the
-- word and containment rows since V4. Their foreign key to the event checked every row of an import's
-- COPY against the event rows just copied: with the data of the bench's 100k import, COPY of these four
-- tables took 9.3 s with it and 3.6 s without. The keys to actor and location stay: they are what stops
-- a place or actor from being deleted while an import links it.
ALTER TABLE event_actor DROP CONSTRAINT event_actor_event_id_fkey;
ALTER TABLE event_location DROP CONSTRAINT event_location_event_id_fkey;
ALTER TABLE event_source DROP CONSTRAINT event_source_event_id_fkey;
ALTER TABLE event_tag DROP CONSTRAINT event_tag_event_id_fkey;
