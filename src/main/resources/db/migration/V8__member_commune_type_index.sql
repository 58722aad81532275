-- The members grid filtered by both commune and type, in name order: read the matching rows in order from one index
-- instead of reading a commune's rows and checking each one's type (at 1M members, offset 5,000: p95 ~400 ms).
CREATE INDEX ix_member_commune_type_name ON member (commune, member_type, legal_name);
