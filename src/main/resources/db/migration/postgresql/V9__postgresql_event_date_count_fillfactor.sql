-- Every import adds to thousands of these counts: room on each page lets PostgreSQL update a count
-- in place (a HOT update) instead of adding a version of the row elsewhere and to the index.
ALTER TABLE event_date_count SET (fillfactor = 70);
