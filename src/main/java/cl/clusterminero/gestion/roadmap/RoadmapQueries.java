package cl.clusterminero.gestion.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The roll-up, in SQL: an initiative's progress is the weighted average of its milestones' percentages (a done
 * milestone counts 100), its health comes from overdue, blocked and soon-due milestones, and an axis's progress is
 * the average of its initiatives'. The per-initiative part is kept up to date by triggers (V6), so a page or a
 * dashboard aggregate reads initiatives only: one query per page or per view, whatever the number of milestones.
 */
@Component
class RoadmapQueries {

    /** A milestone not done, due within this many days and less than half done, puts its initiative at risk. */
    static final int AT_RISK_DAYS = 14;

    /** An initiative's health from its roll-up columns; only this day-dependent part is computed per query. */
    private static final String HEALTH = """
            (case when i.status in ('COMPLETED', 'CANCELLED') or i.ms_count = 0 then 'ON_TRACK'
                  when i.open_min_due < :today then 'DELAYED'
                  when i.blocked_count > 0 or i.weak_min_due <= :soon then 'AT_RISK'
                  else 'ON_TRACK' end)""";

    /**
     * One row per initiative with its progress and health, reading only the initiative table (the roll-up columns
     * that triggers keep on it, migration V6): the axis and program names are looked up for the rows returned, so
     * a page in code order reads fifty index entries, not the whole roadmap.
     */
    private static final String INITIATIVE_COLUMNS = """
            i.id, i.code, i.title, i.axis_id, i.status, i.priority, i.owner_name, i.target_date, i.roadmap_id,
            i.program_id, i.ms_progress as progress, i.ms_count as milestones,
            (select a.name from strategic_axis a where a.id = i.axis_id) as axis_name,
            (select p.name from program p where p.id = i.program_id) as program_name,
            """ + HEALTH + " as health";

    private static final String FILTER = """
            where i.roadmap_id = :roadmap
              and (:axis is null or i.axis_id = :axis)
              and (:program is null or i.program_id = :program)
              and (:status is null or i.status = :status)
              and (:owner is null or i.owner_name like :owner)
              and (:health is null or """ + HEALTH + " = :health)";

    private static final Map<String, String> SORT_COLUMNS = Map.of("code", "i.code", "title", "i.title",
            "axisName", "axis_name", "programName", "program_name", "status", "i.status", "priority",
            "i.priority", "targetDate", "i.target_date", "progress", "i.ms_progress", "health", "health");

    private final NamedParameterJdbcTemplate jdbc;

    RoadmapQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<InitiativeRow> initiatives(InitiativeFilter filter, Pageable pageable, LocalDate today) {
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : pageable.getSort()) {
            String column = SORT_COLUMNS.get(o.getProperty());
            if (column != null) {
                order.append(column).append(o.isAscending() ? " asc, " : " desc, ");
            }
        }
        // Codes are unique within a roadmap: the last tiebreak keeps pages stable and lets the default order read
        // the (roadmap_id, code) index instead of sorting the roadmap.
        order.append("i.code asc");
        MapSqlParameterSource params = params(filter, today)
                .addValue("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0);
        return jdbc.query("select " + INITIATIVE_COLUMNS + " from initiative i " + FILTER + " order by " + order
                + " limit :limit offset :offset", params, RoadmapQueries::initiativeRow);
    }

    long count(InitiativeFilter filter, LocalDate today) {
        Long count = jdbc.queryForObject("select count(*) from initiative i " + FILTER,
                params(filter, today), Long.class);
        return count == null ? 0 : count;
    }

    List<AxisProgress> axes(long roadmapId, LocalDate today) {
        MapSqlParameterSource params = params(InitiativeFilter.of(roadmapId), today);
        return jdbc.query("""
                select a.id, a.code, a.name, a.description, coalesce(t.initiatives, 0) as initiatives,
                       coalesce(t.progress, 0) as progress, coalesce(t.delayed_count, 0) as delayed_count,
                       coalesce(t.at_risk_count, 0) as at_risk_count
                from strategic_axis a
                left join (select i.axis_id, count(*) as initiatives, round(avg(i.ms_progress)) as progress,
                                  sum(""" + HEALTH + """
                 = 'DELAYED') as delayed_count,
                                  sum(""" + HEALTH + """
                 = 'AT_RISK') as at_risk_count
                           from initiative i where i.roadmap_id = :roadmap and i.status <> 'CANCELLED'
                           group by i.axis_id) t on t.axis_id = a.id
                where a.roadmap_id = :roadmap
                order by a.sort_order, a.code
                """, params, (rs, n) -> new AxisProgress(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getInt("initiatives"), rs.getInt("progress"),
                rs.getInt("delayed_count"), rs.getInt("at_risk_count")));
    }

    Map<Health, Integer> initiativesByHealth(long roadmapId, LocalDate today) {
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        jdbc.query("select " + HEALTH + " as health, count(*) as n from initiative i where i.roadmap_id = :roadmap "
                        + "and i.status <> 'CANCELLED' group by 1",
                params(InitiativeFilter.of(roadmapId), today),
                rs -> {
                    counts.put(Health.valueOf(rs.getString("health")), rs.getInt("n"));
                });
        return counts;
    }

    Map<InitiativeStatus, Integer> initiativesByStatus(long roadmapId) {
        Map<InitiativeStatus, Integer> counts = new EnumMap<>(InitiativeStatus.class);
        jdbc.query("select status, count(*) as n from initiative where roadmap_id = :roadmap group by status",
                new MapSqlParameterSource("roadmap", roadmapId),
                rs -> {
                    counts.put(InitiativeStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    /** Milestones not done of the roadmap's live initiatives: [overdue, due within {@code days}]. */
    int[] milestoneDeadlines(long roadmapId, LocalDate today, int days) {
        return jdbc.queryForObject("""
                select coalesce(sum(m.due_date < :today), 0) as overdue,
                       coalesce(sum(m.due_date >= :today), 0) as soon
                from milestone m join initiative i on i.id = m.initiative_id
                where m.status in ('PENDING', 'IN_PROGRESS', 'BLOCKED') and m.due_date <= :horizon
                  and i.roadmap_id = :roadmap and i.status not in ('COMPLETED', 'CANCELLED')
                """, new MapSqlParameterSource("roadmap", roadmapId).addValue("today", today)
                .addValue("horizon", today.plusDays(days)),
                (rs, n) -> new int[] {rs.getInt("overdue"), rs.getInt("soon")});
    }

    /**
     * Walks the updates newest first on their index and stops at the {@code limit}-th of the roadmap; left to itself
     * MariaDB sometimes started from the roadmap's initiatives and sorted all their updates (685 ms at 100k).
     */
    List<RoadmapSummary.LatestUpdate> latestUpdates(long roadmapId, int limit) {
        return jdbc.query("""
                select straight_join i.id, i.code, m.title, u.new_status, u.new_percent, u.author_name,
                       u.update_date
                from progress_update u force index (ix_progress_created)
                join milestone m on m.id = u.milestone_id
                join initiative i on i.id = u.initiative_id
                where i.roadmap_id = :roadmap
                order by u.created_at desc, u.id desc limit :limit
                """, new MapSqlParameterSource("roadmap", roadmapId).addValue("limit", limit),
                (rs, n) -> new RoadmapSummary.LatestUpdate(rs.getLong("id"), rs.getString("code"),
                        rs.getString("title"), MilestoneStatus.valueOf(rs.getString("new_status")),
                        rs.getInt("new_percent"), rs.getString("author_name"),
                        rs.getObject("update_date", LocalDate.class)));
    }

    /** Each program's progress: the average of its initiatives' (cancelled ones left out), one query. */
    Map<Long, Integer> programProgress(Collection<Long> programIds, LocalDate today) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> progress = new HashMap<>();
        jdbc.query("select i.program_id, round(avg(i.ms_progress)) as progress from initiative i "
                        + "where i.program_id in (:programs) and i.status <> 'CANCELLED' group by i.program_id",
                params(InitiativeFilter.of(null), today).addValue("programs", programIds),
                rs -> {
                    progress.put(rs.getLong("program_id"), rs.getInt("progress"));
                });
        return progress;
    }

    Optional<InitiativeRow> initiative(long id, LocalDate today) {
        MapSqlParameterSource params = params(InitiativeFilter.of(null), today).addValue("id", id);
        return jdbc.query("select " + INITIATIVE_COLUMNS + " from initiative i where i.id = :id", params,
                RoadmapQueries::initiativeRow).stream().findFirst();
    }

    List<MilestoneRow> milestones(long initiativeId, LocalDate today) {
        return jdbc.query("""
                select id, version, title, due_date, weight, status, percent_complete, completed_date, evidence_url
                from milestone where initiative_id = :id order by due_date, id
                """, new MapSqlParameterSource("id", initiativeId), (rs, n) -> {
            MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            return new MilestoneRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"), due,
                    rs.getInt("weight"), status, rs.getInt("percent_complete"),
                    rs.getObject("completed_date", LocalDate.class), rs.getString("evidence_url"),
                    status != MilestoneStatus.DONE && due.isBefore(today));
        });
    }

    /** Milestones not done of the given programs, overdue or due up to {@code horizon}, soonest first. */
    List<MyMilestoneRow> dueMilestones(Collection<Long> programIds, LocalDate today, LocalDate horizon) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select m.id, m.version, m.initiative_id, i.code, i.title as initiative_title, p.name as program_name,
                       m.title, m.due_date, m.status, m.percent_complete
                from milestone m
                join initiative i on i.id = m.initiative_id
                join program p on p.id = i.program_id
                where i.program_id in (:programs) and m.status <> 'DONE' and m.due_date <= :horizon
                  and i.status not in ('COMPLETED', 'CANCELLED')
                order by m.due_date, m.id
                """, new MapSqlParameterSource("programs", programIds).addValue("horizon", horizon), (rs, n) -> {
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            return new MyMilestoneRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("initiative_id"),
                    rs.getString("code"), rs.getString("initiative_title"), rs.getString("program_name"),
                    rs.getString("title"), due, MilestoneStatus.valueOf(rs.getString("status")),
                    rs.getInt("percent_complete"), due.isBefore(today));
        });
    }

    List<ProgressEntry> timeline(long initiativeId) {
        return jdbc.query("""
                select u.update_date, m.title, u.old_status, u.new_status, u.old_percent, u.new_percent, u.comment,
                       u.author_name, u.created_at
                from progress_update u join milestone m on m.id = u.milestone_id
                where u.initiative_id = :id order by u.created_at desc, u.id desc
                """, new MapSqlParameterSource("id", initiativeId), (rs, n) -> new ProgressEntry(
                rs.getObject("update_date", LocalDate.class), rs.getString("title"),
                status(rs.getString("old_status")), MilestoneStatus.valueOf(rs.getString("new_status")),
                (Integer) rs.getObject("old_percent"), rs.getInt("new_percent"), rs.getString("comment"),
                rs.getString("author_name"), rs.getTimestamp("created_at").toInstant()));
    }

    /** Open decision requests, oldest first, with each initiative's progress and health; one query per page. */
    List<ReviewQueueRow> reviewQueue(Pageable pageable, LocalDate today) {
        MapSqlParameterSource params = params(InitiativeFilter.of(null), today)
                .addValue("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0);
        return jdbc.query("select " + INITIATIVE_COLUMNS + ", d.id as request_id, d.reason, d.requested_at, "
                + "u.full_name as requested_by from decision_request d join initiative i on i.id = d.initiative_id "
                + "join app_user u on u.id = d.requested_by where d.answered_at is null "
                + "order by d.requested_at, d.id limit :limit offset :offset", params, (rs, n) -> new ReviewQueueRow(
                rs.getLong("request_id"), rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("axis_name"), rs.getString("program_name"),
                InitiativeStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
                Health.valueOf(rs.getString("health")), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant()));
    }

    /** The roadmap's overdue milestones, at most {@code perAxis} per axis (the oldest due first). */
    List<OverdueMilestone> overdueMilestones(long roadmapId, LocalDate today, int perAxis) {
        return jdbc.query("""
                select * from (
                    select i.axis_id, i.id as initiative_id, i.code, m.title, m.due_date, m.percent_complete,
                           p.name as program_name,
                           row_number() over (partition by i.axis_id order by m.due_date, m.id) as rank_in_axis
                    from milestone m
                    join initiative i on i.id = m.initiative_id
                    left join program p on p.id = i.program_id
                    where i.roadmap_id = :roadmap and m.status <> 'DONE' and m.due_date < :today
                      and i.status not in ('COMPLETED', 'CANCELLED')
                ) o where o.rank_in_axis <= :perAxis order by o.axis_id, o.due_date
                """, new MapSqlParameterSource("roadmap", roadmapId).addValue("today", today)
                .addValue("perAxis", perAxis), (rs, n) -> new OverdueMilestone(rs.getLong("axis_id"),
                rs.getLong("initiative_id"), rs.getString("code"), rs.getString("title"),
                rs.getObject("due_date", LocalDate.class), rs.getInt("percent_complete"),
                rs.getString("program_name")));
    }

    private static MilestoneStatus status(String value) {
        return value == null ? null : MilestoneStatus.valueOf(value);
    }

    private static MapSqlParameterSource params(InitiativeFilter filter, LocalDate today) {
        String owner = filter.owner() == null || filter.owner().isBlank() ? null
                : "%" + filter.owner().strip().replace("%", "").replace("_", "") + "%";
        return new MapSqlParameterSource()
                .addValue("today", today)
                .addValue("soon", today.plusDays(AT_RISK_DAYS))
                .addValue("roadmap", filter.roadmapId())
                .addValue("axis", filter.axisId())
                .addValue("program", filter.programId())
                .addValue("status", filter.status() == null ? null : filter.status().name())
                .addValue("health", filter.health() == null ? null : filter.health().name())
                .addValue("owner", owner);
    }

    private static InitiativeRow initiativeRow(ResultSet rs, int n) throws SQLException {
        return new InitiativeRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("axis_name"), rs.getString("program_name"),
                InitiativeStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("owner_name"), rs.getObject("target_date", LocalDate.class), rs.getInt("progress"),
                rs.getInt("milestones"), Health.valueOf(rs.getString("health")));
    }

}
