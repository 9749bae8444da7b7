-- Events per (type, precision, first day, last day), kept by the write path (EventDateCounts),
-- and per date over every type under the type '*': a histogram over all events, or over types and
-- dates only, sums these rows instead of counting the events one by one. It replaces the index
-- that such histograms used to read.
${statements_unbounded};
CREATE TABLE event_date_count (
    event_type      VARCHAR(16)  NOT NULL,
    date_precision  VARCHAR(8)   NOT NULL,
    date_earliest   DATE         NOT NULL,
    date_latest     DATE         NOT NULL,
    event_count     BIGINT       NOT NULL,
    PRIMARY KEY (event_type, date_precision, date_earliest, date_latest)
);
INSERT INTO event_date_count (event_type, date_precision, date_earliest, date_latest, event_count)
SELECT event_type, date_precision, date_earliest, date_latest, COUNT(*)
FROM event
GROUP BY event_type, date_precision, date_earliest, date_latest;
INSERT INTO event_date_count (event_type, date_precision, date_earliest, date_latest, event_count)
SELECT '*', date_precision, date_earliest, date_latest, COUNT(*)
FROM event
GROUP BY date_precision, date_earliest, date_latest;
DROP INDEX event_histogram_idx;
${statements_bounded};
