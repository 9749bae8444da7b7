-- An event's actor and place rows lose their foreign keys to actor and location. The keys looked the actor or
-- place up and locked it again for every row an import's COPY wrote: with the bench's 100k events, 229,719
-- actor and 123,777 place rows for 4,974 actors and 2,000 places. The service now does what they did once per
-- actor and place per transaction: before it writes an event's links it locks the rows they name FOR KEY SHARE,
-- as a key check does, and fails the write with a 409 if one is gone; a delete locks its row FOR UPDATE before
-- it counts the row's uses.
-- H2 keeps the keys. Bench's 100k import through the API: 2,078-2,140 -> 2,392-2,401 events/s.
ALTER TABLE event_actor DROP CONSTRAINT event_actor_actor_id_fkey;
ALTER TABLE event_location DROP CONSTRAINT event_location_location_id_fkey;
