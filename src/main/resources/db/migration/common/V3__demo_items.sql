-- Every item the demo loader has ever created or found in place. The loader loads only items
-- that are not recorded here, so a demo event a user deleted or edited is never re-created or
-- overwritten at the next start.
CREATE TABLE demo_item (
    item       VARCHAR(400)             NOT NULL PRIMARY KEY,
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row that a loading replica locks (SELECT ... FOR UPDATE), so that replicas starting
-- together load the demo once: the others wait, then find every item recorded.
CREATE TABLE demo_load_lock (
    id  INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO demo_load_lock (id) VALUES (1);
