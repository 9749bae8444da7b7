-- Places may share a name under different parents (Tripoli in Lebanon and in Libya), so a
-- lookup key no longer names one location only: the key table is keyed by (location, key), with
-- an index for lookups by key. The service keeps names unique among the children of one parent;
-- slugs stay unique (location_slug_unique). Rebuilt as a new table because H2 and PostgreSQL
-- name the old primary key differently.
CREATE TABLE location_key_v6 (
    location_id  BIGINT       NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    lookup_key   VARCHAR(200) NOT NULL,
    PRIMARY KEY (location_id, lookup_key)
);
INSERT INTO location_key_v6 (location_id, lookup_key) SELECT location_id, lookup_key FROM location_key;
DROP TABLE location_key;
ALTER TABLE location_key_v6 RENAME TO location_key;
CREATE INDEX location_key_lookup_idx ON location_key (lookup_key);
