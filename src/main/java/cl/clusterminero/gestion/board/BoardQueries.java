package cl.clusterminero.gestion.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-only rows for the board screens, each list in one query with the names and counts it shows. */
@Component
class BoardQueries {

    private static final String RESOLUTIONS = """
            select r.id, r.version, r.meeting_id, bm.meeting_date, r.text, r.owner_id, u.full_name as owner_name,
                   r.deadline, r.status, r.done_note, r.done_at
            from resolution r
            join board_meeting bm on bm.id = r.meeting_id
            join app_user u on u.id = r.owner_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    BoardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Meetings, latest first. */
    List<MeetingRow> meetings(Pageable pageable) {
        return jdbc.query("""
                select bm.id, bm.meeting_date, bm.kind, bm.location,
                       (select count(*) from board_meeting_attendee a where a.meeting_id = bm.id) as attendees,
                       (select count(*) from agenda_item ai where ai.meeting_id = bm.id) as agenda_items,
                       (select count(*) from resolution r where r.meeting_id = bm.id) as resolutions,
                       (select count(*) from resolution r where r.meeting_id = bm.id and r.status = 'OPEN') as open_count
                from board_meeting bm
                order by bm.meeting_date desc, bm.id desc limit :limit offset :offset
                """, new MapSqlParameterSource("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0), (rs, n) -> new MeetingRow(
                rs.getLong("id"), rs.getObject("meeting_date", LocalDate.class), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("location"), rs.getInt("attendees"), rs.getInt("agenda_items"), rs.getInt("resolutions"),
                rs.getInt("open_count")));
    }

    long countMeetings() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from board_meeting", Long.class);
        return count == null ? 0 : count;
    }

    List<AgendaEntry> agenda(long meetingId) {
        return jdbc.query("""
                select ai.id, ai.position, ai.initiative_id, i.code, ai.topic
                from agenda_item ai left join initiative i on i.id = ai.initiative_id
                where ai.meeting_id = :meeting order by ai.position, ai.id
                """, new MapSqlParameterSource("meeting", meetingId), (rs, n) -> new AgendaEntry(rs.getLong("id"),
                rs.getInt("position"), (Long) rs.getObject("initiative_id", Long.class), rs.getString("code"),
                rs.getString("topic")));
    }

    List<String> attendeeNames(long meetingId) {
        return jdbc.queryForList("""
                select u.full_name from board_meeting_attendee a join app_user u on u.id = a.user_id
                where a.meeting_id = :meeting order by u.full_name
                """, new MapSqlParameterSource("meeting", meetingId), String.class);
    }

    List<ResolutionRow> resolutionsOf(long meetingId, LocalDate today) {
        return jdbc.query(RESOLUTIONS + " where r.meeting_id = :meeting order by r.id",
                new MapSqlParameterSource("meeting", meetingId), (rs, n) -> resolution(rs, today));
    }

    /** A user's resolutions: open ones by deadline, then (if asked) done ones, latest first. */
    List<ResolutionRow> resolutionsOwnedBy(long ownerId, boolean includeDone, LocalDate today) {
        return jdbc.query(RESOLUTIONS + " where r.owner_id = :owner and (:includeDone or r.status = 'OPEN') "
                        + "order by r.status = 'DONE', r.deadline, r.id",
                new MapSqlParameterSource("owner", ownerId).addValue("includeDone", includeDone),
                (rs, n) -> resolution(rs, today));
    }

    /** A user's open resolutions: [open, of which overdue]. */
    int[] openResolutionCounts(long ownerId, LocalDate today) {
        return jdbc.queryForObject("""
                select count(*) as open_count, coalesce(sum(deadline < :today), 0) as overdue
                from resolution where owner_id = :owner and status = 'OPEN'
                """, new MapSqlParameterSource("owner", ownerId).addValue("today", today),
                (rs, n) -> new int[] {rs.getInt("open_count"), rs.getInt("overdue")});
    }

    private static ResolutionRow resolution(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new ResolutionRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("meeting_id"),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("text"), rs.getLong("owner_id"),
                rs.getString("owner_name"), deadline,
                ResolutionState.of("DONE".equals(rs.getString("status")), deadline, today), rs.getString("done_note"),
                doneAt == null ? null : doneAt.toInstant());
    }
}
