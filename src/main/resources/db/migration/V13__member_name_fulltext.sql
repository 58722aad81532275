-- Members are found by any word of their legal or trade name (issue #16): "Escondida" finds "Minera Escondida
-- Limitada". A FULLTEXT index over both names answers word and word-prefix searches (MATCH ... AGAINST in boolean
-- mode) from the index instead of reading a million rows for LIKE '%word%'. The columns' utf8mb4_unicode_ci collation
-- makes its words accent- and case-insensitive ("compania" matches "Compañía").
--
-- InnoDB's built-in stopword list is English and includes words a Chilean company name may carry and a user may type
-- ("com", "the", "for"...): a stopword is not indexed, and a query requiring it finds nothing. This index is built
-- with an empty stopword list (the setting is read when the index is built, and only for this session).
-- Words shorter than innodb_ft_min_token_size (3 by default) are not indexed: the service leaves such words out of
-- the MATCH and ranks on the whole text instead (see MemberSearchQueriesImpl).
CREATE TABLE member_search_stopword (
    value VARCHAR(30) NOT NULL DEFAULT ''
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

SET SESSION innodb_ft_user_stopword_table = CONCAT(DATABASE(), '/member_search_stopword');
CREATE FULLTEXT INDEX ft_member_names ON member (legal_name, trade_name);
SET SESSION innodb_ft_user_stopword_table = NULL;
