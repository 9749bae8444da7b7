-- Events per actor, per place, and per place with everything inside it, and per date (precision,
-- first day, last day), kept by the write path (EventDateCounts) like event_date_count: the
-- histogram of one actor or one place sums at most one row per date instead of counting every
-- event it names, which for a country or a head of state is hundreds of thousands.
${statements_unbounded};
CREATE TABLE event_actor_date_count (
    actor_id        BIGINT      NOT NULL,
    date_precision  VARCHAR(8)  NOT NULL,
    date_earliest   DATE        NOT NULL,
    date_latest     DATE        NOT NULL,
    event_count     BIGINT      NOT NULL,
    PRIMARY KEY (actor_id, date_precision, date_earliest, date_latest)
);
INSERT INTO event_actor_date_count (actor_id, date_precision, date_earliest, date_latest, event_count)
SELECT a.actor_id, e.date_precision, e.date_earliest, e.date_latest, COUNT(*)
FROM event_actor a JOIN event e ON e.id = a.event_id
GROUP BY a.actor_id, e.date_precision, e.date_earliest, e.date_latest;

CREATE TABLE event_location_date_count (
    location_id     BIGINT      NOT NULL,
    date_precision  VARCHAR(8)  NOT NULL,
    date_earliest   DATE        NOT NULL,
    date_latest     DATE        NOT NULL,
    event_count     BIGINT      NOT NULL,
    PRIMARY KEY (location_id, date_precision, date_earliest, date_latest)
);
INSERT INTO event_location_date_count (location_id, date_precision, date_earliest, date_latest, event_count)
SELECT l.location_id, e.date_precision, e.date_earliest, e.date_latest, COUNT(*)
FROM event_location l JOIN event e ON e.id = l.event_id
GROUP BY l.location_id, e.date_precision, e.date_earliest, e.date_latest;

CREATE TABLE event_location_scope_date_count (
    location_id     BIGINT      NOT NULL,
    date_precision  VARCHAR(8)  NOT NULL,
    date_earliest   DATE        NOT NULL,
    date_latest     DATE        NOT NULL,
    event_count     BIGINT      NOT NULL,
    PRIMARY KEY (location_id, date_precision, date_earliest, date_latest)
);
INSERT INTO event_location_scope_date_count (location_id, date_precision, date_earliest, date_latest, event_count)
SELECT s.location_id, e.date_precision, e.date_earliest, e.date_latest, COUNT(*)
FROM event_location_scope s JOIN event e ON e.id = s.event_id
GROUP BY s.location_id, e.date_precision, e.date_earliest, e.date_latest;
${statements_bounded};
