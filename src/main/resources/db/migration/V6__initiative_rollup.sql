-- An initiative's milestone roll-up, kept on the initiative by triggers on milestone, so that the roadmap grid,
-- the dashboard and the reports read one row per initiative instead of aggregating every milestone on every query
-- (at 10k initiatives and 50k milestones that aggregation cost ~100 ms per query). Health still depends on the day,
-- so only its date inputs are stored: the earliest due date of milestones not done, and of those also under half
-- done. Triggers catch every write path (services, imports, generators); FK cascades delete whole initiatives.
ALTER TABLE initiative
    ADD COLUMN ms_count      INT  NOT NULL DEFAULT 0,
    ADD COLUMN ms_progress   INT  NOT NULL DEFAULT 0,
    ADD COLUMN open_min_due  DATE NULL,
    ADD COLUMN weak_min_due  DATE NULL,
    ADD COLUMN blocked_count INT  NOT NULL DEFAULT 0;

UPDATE initiative i
    LEFT JOIN (SELECT m.initiative_id,
                      COUNT(*) AS ms_count,
                      ROUND(SUM(m.weight * m.percent_complete) / SUM(m.weight)) AS ms_progress,
                      MIN(IF(m.status <> 'DONE', m.due_date, NULL)) AS open_min_due,
                      MIN(IF(m.status <> 'DONE' AND m.percent_complete < 50, m.due_date, NULL)) AS weak_min_due,
                      SUM(m.status = 'BLOCKED') AS blocked_count
               FROM milestone m GROUP BY m.initiative_id) r ON r.initiative_id = i.id
SET i.ms_count = COALESCE(r.ms_count, 0),
    i.ms_progress = COALESCE(r.ms_progress, 0),
    i.open_min_due = r.open_min_due,
    i.weak_min_due = r.weak_min_due,
    i.blocked_count = COALESCE(r.blocked_count, 0);

CREATE TRIGGER tr_milestone_rollup_insert AFTER INSERT ON milestone FOR EACH ROW
    UPDATE initiative i
        JOIN (SELECT COUNT(*) AS ms_count,
                     ROUND(SUM(m.weight * m.percent_complete) / SUM(m.weight)) AS ms_progress,
                     MIN(IF(m.status <> 'DONE', m.due_date, NULL)) AS open_min_due,
                     MIN(IF(m.status <> 'DONE' AND m.percent_complete < 50, m.due_date, NULL)) AS weak_min_due,
                     SUM(m.status = 'BLOCKED') AS blocked_count
              FROM milestone m WHERE m.initiative_id = NEW.initiative_id) r
    SET i.ms_count = r.ms_count, i.ms_progress = COALESCE(r.ms_progress, 0), i.open_min_due = r.open_min_due,
        i.weak_min_due = r.weak_min_due, i.blocked_count = COALESCE(r.blocked_count, 0)
    WHERE i.id = NEW.initiative_id;

CREATE TRIGGER tr_milestone_rollup_update AFTER UPDATE ON milestone FOR EACH ROW
    UPDATE initiative i
        JOIN (SELECT COUNT(*) AS ms_count,
                     ROUND(SUM(m.weight * m.percent_complete) / SUM(m.weight)) AS ms_progress,
                     MIN(IF(m.status <> 'DONE', m.due_date, NULL)) AS open_min_due,
                     MIN(IF(m.status <> 'DONE' AND m.percent_complete < 50, m.due_date, NULL)) AS weak_min_due,
                     SUM(m.status = 'BLOCKED') AS blocked_count
              FROM milestone m WHERE m.initiative_id = NEW.initiative_id) r
    SET i.ms_count = r.ms_count, i.ms_progress = COALESCE(r.ms_progress, 0), i.open_min_due = r.open_min_due,
        i.weak_min_due = r.weak_min_due, i.blocked_count = COALESCE(r.blocked_count, 0)
    WHERE i.id = NEW.initiative_id;

CREATE TRIGGER tr_milestone_rollup_delete AFTER DELETE ON milestone FOR EACH ROW
    UPDATE initiative i
        JOIN (SELECT COUNT(*) AS ms_count,
                     ROUND(SUM(m.weight * m.percent_complete) / SUM(m.weight)) AS ms_progress,
                     MIN(IF(m.status <> 'DONE', m.due_date, NULL)) AS open_min_due,
                     MIN(IF(m.status <> 'DONE' AND m.percent_complete < 50, m.due_date, NULL)) AS weak_min_due,
                     SUM(m.status = 'BLOCKED') AS blocked_count
              FROM milestone m WHERE m.initiative_id = OLD.initiative_id) r
    SET i.ms_count = r.ms_count, i.ms_progress = COALESCE(r.ms_progress, 0), i.open_min_due = r.open_min_due,
        i.weak_min_due = r.weak_min_due, i.blocked_count = COALESCE(r.blocked_count, 0)
    WHERE i.id = OLD.initiative_id;

-- The dashboard's "latest progress updates" walks this index backwards and stops after a few rows.
CREATE INDEX ix_progress_created ON progress_update (created_at);
