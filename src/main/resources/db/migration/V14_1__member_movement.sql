-- The registry's movements by day, type and size, for the management indicators (#14): how many members joined
-- (their join date, or the day they were recorded) and withdrew (their withdrawal date) each day, prospects left out.
-- Members at 31-12 of a year are the joined minus the withdrawn up to that day: a sum over a few thousand rows
-- instead of reading the whole member table (1M rows: seconds). Kept by the triggers below from every insert, update
-- and delete of a member, as the milestone roll-up of V6/V9 is; company_size '' stands for "no size".
CREATE TABLE member_movement (
    day          DATE        NOT NULL,
    member_type  VARCHAR(30) NOT NULL,
    company_size VARCHAR(10) NOT NULL,
    joined       INT         NOT NULL DEFAULT 0,
    withdrawn    INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (day, member_type, company_size)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO member_movement (day, member_type, company_size, joined, withdrawn)
SELECT d.day, d.member_type, d.company_size, SUM(d.j), SUM(d.w)
FROM (SELECT COALESCE(join_date, DATE(created_at)) AS day, member_type, COALESCE(company_size, '') AS company_size,
             1 AS j, 0 AS w
      FROM member WHERE status <> 'PROSPECT'
      UNION ALL
      SELECT withdrawal_date, member_type, COALESCE(company_size, ''), 0, 1
      FROM member WHERE status <> 'PROSPECT' AND withdrawal_date IS NOT NULL) d
GROUP BY d.day, d.member_type, d.company_size;

-- A member's row before (old_*) and after (new_*) a change: its old contribution is taken back and the new one
-- added, in one statement (NULL status: no row on that side, as for an insert or a delete).
CREATE PROCEDURE member_movement_change(IN old_status VARCHAR(20), IN old_type VARCHAR(30), IN old_size VARCHAR(10),
                                        IN old_joined DATE, IN old_withdrawn DATE, IN new_status VARCHAR(20),
                                        IN new_type VARCHAR(30), IN new_size VARCHAR(10), IN new_joined DATE,
                                        IN new_withdrawn DATE)
    INSERT INTO member_movement (day, member_type, company_size, joined, withdrawn)
    SELECT d.day, d.member_type, d.company_size, SUM(d.j) AS sj, SUM(d.w) AS sw
    FROM (SELECT old_joined AS day, old_type AS member_type, COALESCE(old_size, '') AS company_size, -1 AS j,
                 0 AS w, old_status AS status
          UNION ALL SELECT old_withdrawn, old_type, COALESCE(old_size, ''), 0, -1, old_status
          UNION ALL SELECT new_joined, new_type, COALESCE(new_size, ''), 1, 0, new_status
          UNION ALL SELECT new_withdrawn, new_type, COALESCE(new_size, ''), 0, 1, new_status) d
    WHERE d.status <> 'PROSPECT' AND d.day IS NOT NULL
    GROUP BY d.day, d.member_type, d.company_size
    ON DUPLICATE KEY UPDATE joined = member_movement.joined + VALUES(joined),
                            withdrawn = member_movement.withdrawn + VALUES(withdrawn);

CREATE TRIGGER tr_member_movement_insert AFTER INSERT ON member FOR EACH ROW
    CALL member_movement_change(NULL, NULL, NULL, NULL, NULL, NEW.status, NEW.member_type, NEW.company_size,
                                COALESCE(NEW.join_date, DATE(NEW.created_at)), NEW.withdrawal_date);

CREATE TRIGGER tr_member_movement_update AFTER UPDATE ON member FOR EACH ROW
    CALL member_movement_change(OLD.status, OLD.member_type, OLD.company_size,
                                COALESCE(OLD.join_date, DATE(OLD.created_at)), OLD.withdrawal_date, NEW.status,
                                NEW.member_type, NEW.company_size, COALESCE(NEW.join_date, DATE(NEW.created_at)),
                                NEW.withdrawal_date);

CREATE TRIGGER tr_member_movement_delete AFTER DELETE ON member FOR EACH ROW
    CALL member_movement_change(OLD.status, OLD.member_type, OLD.company_size,
                                COALESCE(OLD.join_date, DATE(OLD.created_at)), OLD.withdrawal_date, NULL, NULL, NULL,
                                NULL, NULL);
