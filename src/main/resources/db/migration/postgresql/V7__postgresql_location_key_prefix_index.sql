-- PostgreSQL only: V6 rebuilt location_key, which dropped the prefix index of V2 with it.
CREATE INDEX location_key_prefix_idx ON location_key (lookup_key varchar_pattern_ops);
