-- The volume histogram (GET /api/v1/timeline/histogram) counts events per (precision, first day,
-- last day); over all events this index is read alone, in group order, without touching the table.
-- Indexing a large table takes longer than the statement bound, which is lifted meanwhile.
${statements_unbounded};
CREATE INDEX event_histogram_idx ON event (date_precision, date_earliest, date_latest);
${statements_bounded};
