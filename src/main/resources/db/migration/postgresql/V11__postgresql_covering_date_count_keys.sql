-- The count tables' primary keys carry the count itself, so a histogram reads them with an index-only
-- scan: the rows of one actor, place or type are scattered over the table (written by many imports, in
-- key order within each), and the busiest actor's 13,398 rows sat on 5,652 pages (32 ms to read at 1M
-- events; 3 ms from the index alone). The vacuum after bulk imports (PlannerStatistics) keeps the pages
-- all-visible. Updates of a count then write a new index entry, which that vacuum also frees.
${statements_unbounded};
ALTER TABLE event_date_count
    DROP CONSTRAINT event_date_count_pkey,
    ADD CONSTRAINT event_date_count_pkey
        PRIMARY KEY (event_type, date_precision, date_earliest, date_latest) INCLUDE (event_count);
ALTER TABLE event_actor_date_count
    DROP CONSTRAINT event_actor_date_count_pkey,
    ADD CONSTRAINT event_actor_date_count_pkey
        PRIMARY KEY (actor_id, date_precision, date_earliest, date_latest) INCLUDE (event_count);
ALTER TABLE event_location_date_count
    DROP CONSTRAINT event_location_date_count_pkey,
    ADD CONSTRAINT event_location_date_count_pkey
        PRIMARY KEY (location_id, date_precision, date_earliest, date_latest) INCLUDE (event_count);
ALTER TABLE event_location_scope_date_count
    DROP CONSTRAINT event_location_scope_date_count_pkey,
    ADD CONSTRAINT event_location_scope_date_count_pkey
        PRIMARY KEY (location_id, date_precision, date_earliest, date_latest) INCLUDE (event_count);
${statements_bounded};
