-- V14 filled the pair index in one statement, and autovacuum may be off or late: without statistics
-- the planner took a busy pair for a few rows and sorted all of them for each page (32 ms instead of
-- 0.1 ms for a pair of 43,000 events at 1M). H2 analyses by itself (ANALYZE_AUTO).
ANALYZE event_actor_pair;
