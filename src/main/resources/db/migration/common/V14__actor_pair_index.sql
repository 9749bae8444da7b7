-- Every two actors of an event, the lower id first. A timeline of two actors walked one actor's
-- index and probed each of its events for the other: when both are busy and rarely meet, a page
-- probed tens of thousands of rows (the slowest shape of the bench's request mix at 1M events).
-- Walking this index, a page reads its own rows and no others. Derived from event_actor and written
-- only with it, like the word index: no foreign keys (V4, V13).
${statements_unbounded};
CREATE TABLE event_actor_pair (
    event_id        BIGINT NOT NULL,
    actor_id        BIGINT NOT NULL,
    other_actor_id  BIGINT NOT NULL,
    sort_key        BIGINT NOT NULL,
    PRIMARY KEY (event_id, actor_id, other_actor_id)
);
INSERT INTO event_actor_pair (event_id, actor_id, other_actor_id, sort_key)
    SELECT a.event_id, a.actor_id, b.actor_id, a.sort_key
    FROM event_actor a JOIN event_actor b ON b.event_id = a.event_id AND b.actor_id > a.actor_id;
CREATE INDEX event_actor_pair_timeline_idx ON event_actor_pair (actor_id, other_actor_id, sort_key, event_id);
${statements_bounded};
