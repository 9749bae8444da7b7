-- PostgreSQL only: with a non-C collation a plain btree cannot serve
-- "LIKE 'prefix%'"; the pattern_ops operator classes can. Used by the name
-- prefix filter of the actor and location lists and by subtree lookups on
-- the materialised ancestor path. (H2's btree serves prefix LIKE as it is.)
CREATE INDEX actor_key_prefix_idx ON actor_key (lookup_key varchar_pattern_ops);
CREATE INDEX location_key_prefix_idx ON location_key (lookup_key varchar_pattern_ops);
CREATE INDEX location_path_prefix_idx ON location (ancestor_path varchar_pattern_ops);
