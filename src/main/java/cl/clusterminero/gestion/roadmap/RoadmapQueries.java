package cl.clusterminero.gestion.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
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
 * the average of its initiatives'. One query per page or per view, whatever the number of milestones.
 */
@Component
class RoadmapQueries {

    /** A milestone not done, due within this many days and less than half done, puts its initiative at risk. */
    static final int AT_RISK_DAYS = 14;

    private static final String INITIATIVES = """
            select i.id, i.code, i.title, i.axis_id, a.name as axis_name, p.name as program_name, i.status,
                   i.priority, i.owner_name, i.target_date, i.roadmap_id, i.program_id,
                   coalesce(ms.progress, 0) as progress, coalesce(ms.milestones, 0) as milestones,
                   case when i.status in ('COMPLETED', 'CANCELLED') or ms.milestones is null then 'ON_TRACK'
                        when ms.overdue > 0 then 'DELAYED'
                        when ms.at_risk > 0 then 'AT_RISK'
                        else 'ON_TRACK' end as health
            from initiative i
            join strategic_axis a on a.id = i.axis_id
            left join program p on p.id = i.program_id
            left join (select m.initiative_id,
                              round(sum(m.weight * m.percent_complete) / sum(m.weight)) as progress,
                              count(*) as milestones,
                              sum(m.status <> 'DONE' and m.due_date < :today) as overdue,
                              sum(m.status <> 'DONE' and (m.status = 'BLOCKED'
                                  or (m.due_date <= :soon and m.percent_complete < 50))) as at_risk
                       from milestone m group by m.initiative_id) ms on ms.initiative_id = i.id
            """;

    private static final String FILTER = """
            where x.roadmap_id = :roadmap
              and (:axis is null or x.axis_id = :axis)
              and (:program is null or x.program_id = :program)
              and (:status is null or x.status = :status)
              and (:owner is null or x.owner_name like :owner)
              and (:health is null or x.health = :health)
            """;

    private static final Map<String, String> SORT_COLUMNS = Map.of("code", "x.code", "title", "x.title",
            "axisName", "x.axis_name", "programName", "x.program_name", "status", "x.status", "priority",
            "x.priority", "targetDate", "x.target_date", "progress", "x.progress", "health", "x.health");

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
        order.append("x.code asc, x.id asc");
        MapSqlParameterSource params = params(filter, today)
                .addValue("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0);
        return jdbc.query("select * from (" + INITIATIVES + ") x " + FILTER + " order by " + order
                + " limit :limit offset :offset", params, RoadmapQueries::initiativeRow);
    }

    long count(InitiativeFilter filter, LocalDate today) {
        Long count = jdbc.queryForObject("select count(*) from (" + INITIATIVES + ") x " + FILTER,
                params(filter, today), Long.class);
        return count == null ? 0 : count;
    }

    List<AxisProgress> axes(long roadmapId, LocalDate today) {
        MapSqlParameterSource params = params(InitiativeFilter.of(roadmapId), today);
        return jdbc.query("""
                select a.id, a.code, a.name, a.description, count(x.id) as initiatives,
                       coalesce(round(avg(x.progress)), 0) as progress,
                       coalesce(sum(x.health = 'DELAYED'), 0) as delayed_count,
                       coalesce(sum(x.health = 'AT_RISK'), 0) as at_risk_count
                from strategic_axis a
                left join (""" + INITIATIVES + """
                ) x on x.axis_id = a.id and x.status <> 'CANCELLED'
                where a.roadmap_id = :roadmap
                group by a.id, a.code, a.name, a.description, a.sort_order
                order by a.sort_order, a.code
                """, params, (rs, n) -> new AxisProgress(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getInt("initiatives"), rs.getInt("progress"),
                rs.getInt("delayed_count"), rs.getInt("at_risk_count")));
    }

    Map<Health, Integer> initiativesByHealth(long roadmapId, LocalDate today) {
        Map<Health, Integer> counts = new java.util.EnumMap<>(Health.class);
        jdbc.query("select x.health, count(*) as n from (" + INITIATIVES + ") x where x.roadmap_id = :roadmap "
                        + "and x.status <> 'CANCELLED' group by x.health",
                params(InitiativeFilter.of(roadmapId), today),
                rs -> {
                    counts.put(Health.valueOf(rs.getString("health")), rs.getInt("n"));
                });
        return counts;
    }

    Map<InitiativeStatus, Integer> initiativesByStatus(long roadmapId) {
        Map<InitiativeStatus, Integer> counts = new java.util.EnumMap<>(InitiativeStatus.class);
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
                       coalesce(sum(m.due_date >= :today and m.due_date <= :horizon), 0) as soon
                from milestone m join initiative i on i.id = m.initiative_id
                where i.roadmap_id = :roadmap and m.status <> 'DONE'
                  and i.status not in ('COMPLETED', 'CANCELLED')
                """, new MapSqlParameterSource("roadmap", roadmapId).addValue("today", today)
                .addValue("horizon", today.plusDays(days)),
                (rs, n) -> new int[] {rs.getInt("overdue"), rs.getInt("soon")});
    }

    List<RoadmapSummary.LatestUpdate> latestUpdates(long roadmapId, int limit) {
        return jdbc.query("""
                select i.id, i.code, m.title, u.new_status, u.new_percent, u.author_name, u.update_date
                from progress_update u
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
        Map<Long, Integer> progress = new java.util.HashMap<>();
        jdbc.query("select x.program_id, round(avg(x.progress)) as progress from (" + INITIATIVES + ") x "
                        + "where x.program_id in (:programs) and x.status <> 'CANCELLED' group by x.program_id",
                params(InitiativeFilter.of(null), today).addValue("programs", programIds),
                rs -> {
                    progress.put(rs.getLong("program_id"), rs.getInt("progress"));
                });
        return progress;
    }

    Optional<InitiativeRow> initiative(long id, LocalDate today) {
        MapSqlParameterSource params = params(InitiativeFilter.of(null), today).addValue("id", id);
        return jdbc.query("select * from (" + INITIATIVES + ") x where x.id = :id", params,
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
        return jdbc.query("select x.*, d.id as request_id, d.reason, d.requested_at, u.full_name as requested_by "
                + "from decision_request d join (" + INITIATIVES + ") x on x.id = d.initiative_id "
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
