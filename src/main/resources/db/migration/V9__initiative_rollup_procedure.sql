-- The milestone roll-up of V6 written once: a procedure that recomputes one initiative's columns, called by the
-- three milestone triggers (which V6 wrote with three copies of the same aggregation). Same columns, same results.
CREATE PROCEDURE initiative_rollup(IN for_initiative BIGINT)
    UPDATE initiative i
        JOIN (SELECT COUNT(*) AS ms_count,
                     ROUND(SUM(m.weight * m.percent_complete) / SUM(m.weight)) AS ms_progress,
                     MIN(IF(m.status <> 'DONE', m.due_date, NULL)) AS open_min_due,
                     MIN(IF(m.status <> 'DONE' AND m.percent_complete < 50, m.due_date, NULL)) AS weak_min_due,
                     SUM(m.status = 'BLOCKED') AS blocked_count
              FROM milestone m WHERE m.initiative_id = for_initiative) r
    SET i.ms_count = r.ms_count, i.ms_progress = COALESCE(r.ms_progress, 0), i.open_min_due = r.open_min_due,
        i.weak_min_due = r.weak_min_due, i.blocked_count = COALESCE(r.blocked_count, 0)
    WHERE i.id = for_initiative;

DROP TRIGGER tr_milestone_rollup_insert;
DROP TRIGGER tr_milestone_rollup_update;
DROP TRIGGER tr_milestone_rollup_delete;

CREATE TRIGGER tr_milestone_rollup_insert AFTER INSERT ON milestone FOR EACH ROW
    CALL initiative_rollup(NEW.initiative_id);

CREATE TRIGGER tr_milestone_rollup_update AFTER UPDATE ON milestone FOR EACH ROW
    CALL initiative_rollup(NEW.initiative_id);

CREATE TRIGGER tr_milestone_rollup_delete AFTER DELETE ON milestone FOR EACH ROW
    CALL initiative_rollup(OLD.initiative_id);
