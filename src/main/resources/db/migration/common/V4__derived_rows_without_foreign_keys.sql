-- The word index and the place-containment rows are derived from their event and written only
-- with it (bulk writer or Hibernate, which also deletes them before the event). A foreign key on
-- them checked every row against the event just inserted in the same transaction: on PostgreSQL
-- that check was more than half of the cost of loading event_term with COPY. The tables are
-- rebuilt (portable SQL: H2 and PostgreSQL name the old constraints differently); copying a
-- large word index takes longer than the statement bound, which is lifted meanwhile.
${statements_unbounded};
CREATE TABLE event_term_v4 (
    event_id  BIGINT      NOT NULL,
    term      VARCHAR(64) NOT NULL,
    sort_key  BIGINT      NOT NULL,
    PRIMARY KEY (event_id, term)
);
INSERT INTO event_term_v4 (event_id, term, sort_key) SELECT event_id, term, sort_key FROM event_term;
DROP TABLE event_term;
ALTER TABLE event_term_v4 RENAME TO event_term;
CREATE INDEX event_term_timeline_idx ON event_term (term, sort_key, event_id);

CREATE TABLE event_location_scope_v4 (
    event_id     BIGINT NOT NULL,
    location_id  BIGINT NOT NULL REFERENCES location (id),
    sort_key     BIGINT NOT NULL,
    PRIMARY KEY (event_id, location_id)
);
INSERT INTO event_location_scope_v4 (event_id, location_id, sort_key)
    SELECT event_id, location_id, sort_key FROM event_location_scope;
DROP TABLE event_location_scope;
ALTER TABLE event_location_scope_v4 RENAME TO event_location_scope;
CREATE INDEX event_location_scope_timeline_idx ON event_location_scope (location_id, sort_key, event_id);
${statements_bounded};
