-- Core schema shared by H2 and PostgreSQL (portable SQL only).
-- Ids come from sequences with a step of 50 so Hibernate can batch inserts.
CREATE SEQUENCE actor_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE location_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE actor (
    id            BIGINT       NOT NULL PRIMARY KEY,
    slug          VARCHAR(120) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    country_code  VARCHAR(2),
    wikidata_id   VARCHAR(20),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200),
    updated_by    VARCHAR(200),
    version       BIGINT       NOT NULL,
    CONSTRAINT actor_slug_unique UNIQUE (slug)
);

CREATE TABLE actor_alias (
    actor_id  BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (actor_id, position)
);

-- Normalised lookup keys (slug, name, aliases): one actor per key.
CREATE TABLE actor_key (
    actor_id    BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    lookup_key  VARCHAR(200) NOT NULL,
    PRIMARY KEY (lookup_key)
);
CREATE INDEX actor_key_actor_idx ON actor_key (actor_id);

CREATE TABLE location (
    id            BIGINT       NOT NULL PRIMARY KEY,
    slug          VARCHAR(120) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    parent_id     BIGINT REFERENCES location (id),
    -- Materialised path of ancestor ids, e.g. '/1/51/'; the row's own id is not included.
    ancestor_path VARCHAR(1000) NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    country_code  VARCHAR(2),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200),
    updated_by    VARCHAR(200),
    version       BIGINT       NOT NULL,
    CONSTRAINT location_slug_unique UNIQUE (slug)
);
CREATE INDEX location_parent_idx ON location (parent_id);
CREATE INDEX location_path_idx ON location (ancestor_path);

CREATE TABLE location_alias (
    location_id  BIGINT       NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    alias        VARCHAR(200) NOT NULL,
    PRIMARY KEY (location_id, position)
);

CREATE TABLE location_key (
    location_id  BIGINT       NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    lookup_key   VARCHAR(200) NOT NULL,
    PRIMARY KEY (lookup_key)
);
CREATE INDEX location_key_location_idx ON location_key (location_id);

CREATE TABLE event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    title             VARCHAR(300)  NOT NULL,
    summary           VARCHAR(5000),
    event_type        VARCHAR(16)   NOT NULL,
    date_edtf         VARCHAR(40)   NOT NULL,
    date_precision    VARCHAR(8)    NOT NULL,
    date_approximate  BOOLEAN       NOT NULL,
    date_earliest     DATE          NOT NULL,
    date_latest       DATE          NOT NULL,
    -- Encodes (earliest asc, span desc): see EventDate.sortKey.
    sort_key          BIGINT        NOT NULL,
    date_expression   VARCHAR(100),
    date_reference    DATE,
    external_source   VARCHAR(100),
    external_id       VARCHAR(200),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200),
    updated_by        VARCHAR(200),
    version           BIGINT        NOT NULL,
    CONSTRAINT event_external_key_unique UNIQUE (external_source, external_id)
);
CREATE INDEX event_timeline_idx ON event (sort_key, id);
CREATE INDEX event_type_timeline_idx ON event (event_type, sort_key, id);

-- The link tables repeat the event's sort key so that every timeline is one
-- index range scan in timeline order (keyset pagination, no sort, no OFFSET).
CREATE TABLE event_actor (
    event_id  BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id  BIGINT      NOT NULL REFERENCES actor (id),
    position  INTEGER     NOT NULL,
    role      VARCHAR(16) NOT NULL,
    sort_key  BIGINT      NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_actor_timeline_idx ON event_actor (actor_id, sort_key, event_id);

CREATE TABLE event_location (
    event_id     BIGINT  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    location_id  BIGINT  NOT NULL REFERENCES location (id),
    position     INTEGER NOT NULL,
    sort_key     BIGINT NOT NULL,
    PRIMARY KEY (event_id, location_id)
);
CREATE INDEX event_location_timeline_idx ON event_location (location_id, sort_key, event_id);

-- One row per (event, location or any ancestor of it): "everything inside Syria".
CREATE TABLE event_location_scope (
    event_id     BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    location_id  BIGINT NOT NULL REFERENCES location (id),
    sort_key     BIGINT NOT NULL,
    PRIMARY KEY (event_id, location_id)
);
CREATE INDEX event_location_scope_timeline_idx ON event_location_scope (location_id, sort_key, event_id);

CREATE TABLE event_source (
    event_id      BIGINT        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    publisher     VARCHAR(200),
    published_on  DATE,
    quote         VARCHAR(2000),
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_tag (
    event_id  BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    tag       VARCHAR(50) NOT NULL,
    PRIMARY KEY (event_id, tag)
);

-- Word index over title and summary for the q filter, in timeline order.
CREATE TABLE event_term (
    event_id  BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    term      VARCHAR(64) NOT NULL,
    sort_key  BIGINT      NOT NULL,
    PRIMARY KEY (event_id, term)
);
CREATE INDEX event_term_timeline_idx ON event_term (term, sort_key, event_id);
