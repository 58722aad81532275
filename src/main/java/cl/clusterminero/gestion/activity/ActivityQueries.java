package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.MemberType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-only rows of activities, participants and meetings, each list in one query with the names it shows. */
@Component
class ActivityQueries {

    private static final String ROW = """
            select a.id, a.kind, a.title, a.starts_at, a.place, a.online_link is not null as online, p.code,
                   u.full_name, a.capacity, a.status,
                   (select count(*) from participation pa where pa.activity_id = a.id) as registered
            from activity a
            left join program p on p.id = a.program_id
            join app_user u on u.id = a.organiser_id
            """;

    /** Sortable grid columns → SQL; anything else sorts by start. */
    private static final Map<String, String> SORTS = Map.of("startsAt", "a.starts_at", "title", "a.title",
            "kind", "a.kind", "status", "a.status");

    private final NamedParameterJdbcTemplate jdbc;

    ActivityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityRow> activities(ActivityFilter filter, Long userId, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, userId, params);
        StringBuilder order = new StringBuilder();
        for (Sort.Order sort : pageable.getSort()) {
            String column = SORTS.get(sort.getProperty());
            if (column != null) {
                order.append(order.isEmpty() ? "" : ", ").append(column).append(sort.isAscending() ? " asc" : " desc");
            }
        }
        if (order.isEmpty()) {
            order.append("a.starts_at desc");
        }
        params.addValue("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0);
        return jdbc.query(ROW + where + " order by " + order + ", a.id desc limit :limit offset :offset", params,
                (rs, n) -> row(rs));
    }

    long count(ActivityFilter filter, Long userId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from activity a" + where(filter, userId, params), params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** Activities not cancelled starting in [from, to), soonest first. */
    List<ActivityRow> between(LocalDateTime from, LocalDateTime to) {
        return jdbc.query(ROW + " where a.starts_at >= :from and a.starts_at < :to and a.status <> 'CANCELLED'"
                        + " order by a.starts_at, a.id",
                new MapSqlParameterSource("from", from).addValue("to", to), (rs, n) -> row(rs));
    }

    /**
     * Activities whose title or place holds every word (LIKE, accent- and case-insensitive by the columns'
     * collation; the words hold only letters and digits, so no wildcard), latest first.
     */
    List<ActivityRow> withWords(List<String> words, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            conditions.add("(a.title like :w" + i + " or a.place like :w" + i + ")");
            params.addValue("w" + i, "%" + words.get(i) + "%");
        }
        return jdbc.query(ROW + " where " + String.join(" and ", conditions)
                + " order by a.starts_at desc, a.id desc limit :limit", params, (rs, n) -> row(rs));
    }

    private static String where(ActivityFilter filter, Long userId, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add("a.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.programId() != null) {
            conditions.add("a.program_id = :program");
            params.addValue("program", filter.programId());
        }
        if (filter.from() != null) {
            conditions.add("a.starts_at >= :from");
            params.addValue("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("a.starts_at < :to");
            params.addValue("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.onlyMine()) {
            conditions.add("a.organiser_id = :organiser");
            params.addValue("organiser", userId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static ActivityRow row(ResultSet rs) throws SQLException {
        return new ActivityRow(rs.getLong("id"), ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("place"), rs.getBoolean("online"),
                rs.getString("code"), rs.getString("full_name"), rs.getInt("capacity"), rs.getInt("registered"),
                ActivityStatus.valueOf(rs.getString("status")));
    }

    Optional<String> programLabel(Long programId) {
        if (programId == null) {
            return Optional.empty();
        }
        return jdbc.query("select concat(code, ' · ', name) from program where id = :id",
                new MapSqlParameterSource("id", programId), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    Optional<String> initiativeLabel(Long initiativeId) {
        if (initiativeId == null) {
            return Optional.empty();
        }
        return jdbc.query("select concat(code, ' · ', title) from initiative where id = :id",
                new MapSqlParameterSource("id", initiativeId), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    /** The program an initiative belongs to, if the initiative exists (empty optional inside: no program). */
    Optional<Optional<Long>> programOfInitiative(long initiativeId) {
        return jdbc.query("select program_id from initiative where id = :id",
                new MapSqlParameterSource("id", initiativeId),
                (rs, n) -> Optional.ofNullable(rs.getObject("program_id", Long.class))).stream().findFirst();
    }

    /** Initiatives of a program, to pick the one an activity serves. */
    List<InitiativeChoice> initiativesOf(long programId) {
        return jdbc.query("select id, code, title from initiative where program_id = :program order by code",
                new MapSqlParameterSource("program", programId),
                (rs, n) -> new InitiativeChoice(rs.getLong("id"), rs.getString("code") + " · " + rs.getString("title")));
    }

    /** The member a contact belongs to. */
    Optional<Long> memberOfContact(long contactId) {
        return jdbc.query("select member_id from contact where id = :id", new MapSqlParameterSource("id", contactId),
                (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    Optional<MemberType> typeOf(long memberId) {
        return jdbc.query("select member_type from member where id = :id", new MapSqlParameterSource("id", memberId),
                (rs, n) -> MemberType.valueOf(rs.getString(1))).stream().findFirst();
    }

    List<ParticipantRow> participants(long activityId) {
        return jdbc.query("""
                select pa.id, pa.version, pa.member_id, m.legal_name, pa.contact_id, c.full_name, c.email, pa.attendance
                from participation pa
                join member m on m.id = pa.member_id
                join contact c on c.id = pa.contact_id
                where pa.activity_id = :activity order by m.legal_name, c.full_name, pa.id
                """, new MapSqlParameterSource("activity", activityId), (rs, n) -> new ParticipantRow(rs.getLong("id"),
                rs.getLong("version"), rs.getLong("member_id"), rs.getString("legal_name"), rs.getLong("contact_id"),
                rs.getString("full_name"), rs.getString("email"),
                rs.getString("attendance") == null ? null : Attendance.valueOf(rs.getString("attendance"))));
    }

    /** An activity's registrations as an attendance list names them: the member's RUT and the contact's e-mail. */
    List<AttendanceImport.Registration> registrations(long activityId) {
        return jdbc.query("""
                select pa.id, pa.version, m.rut, lower(c.email) as email
                from participation pa
                join member m on m.id = pa.member_id
                join contact c on c.id = pa.contact_id
                where pa.activity_id = :activity
                """, new MapSqlParameterSource("activity", activityId), (rs, n) -> new AttendanceImport.Registration(
                rs.getLong("id"), rs.getLong("version"), rs.getString("rut"), rs.getString("email")));
    }

    List<BusinessMeetingRow> meetings(long activityId) {
        return jdbc.query("""
                select bm.id, bm.version, bm.mining_company_id, mc.legal_name as mining_name, bm.supplier_id,
                       s.legal_name as supplier_name, bm.table_number, bm.slot_start, bm.outcome, bm.contract_amount,
                       bm.outcome_note
                from business_meeting bm
                join member mc on mc.id = bm.mining_company_id
                join member s on s.id = bm.supplier_id
                where bm.activity_id = :activity order by bm.slot_start, bm.table_number
                """, new MapSqlParameterSource("activity", activityId), (rs, n) -> new BusinessMeetingRow(
                rs.getLong("id"), rs.getLong("version"), rs.getLong("mining_company_id"), rs.getString("mining_name"),
                rs.getLong("supplier_id"), rs.getString("supplier_name"), rs.getInt("table_number"),
                rs.getObject("slot_start", LocalTime.class),
                rs.getString("outcome") == null ? null : MeetingOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("contract_amount", Long.class), rs.getString("outcome_note")));
    }

    /** Contracts signed in business rounds by a member, on either side, latest first. */
    List<SignedContract> contractsOf(long memberId) {
        return jdbc.query("""
                select a.id, a.title, a.starts_at,
                       case when bm.mining_company_id = :member then bm.supplier_id else bm.mining_company_id end
                           as counterpart_id,
                       o.legal_name, bm.contract_amount
                from business_meeting bm
                join activity a on a.id = bm.activity_id
                join member o on o.id = case when bm.mining_company_id = :member then bm.supplier_id
                                             else bm.mining_company_id end
                where bm.outcome = 'CONTRACT' and (bm.mining_company_id = :member or bm.supplier_id = :member)
                order by a.starts_at desc, bm.id desc
                """, new MapSqlParameterSource("member", memberId), (rs, n) -> new SignedContract(rs.getLong("id"),
                rs.getString("title"), rs.getObject("starts_at", LocalDateTime.class).toLocalDate(),
                rs.getLong("counterpart_id"), rs.getString("legal_name"), rs.getObject("contract_amount", Long.class)));
    }

    /** A member's activities (through its contacts), latest first, with how many of them attended. */
    List<MemberActivity> activitiesOf(long memberId) {
        return jdbc.query("""
                select a.id, a.kind, a.title, a.starts_at, a.status, count(*) as registered,
                       sum(pa.attendance = 'ATTENDED') as attended
                from participation pa join activity a on a.id = pa.activity_id
                where pa.member_id = :member
                group by a.id, a.kind, a.title, a.starts_at, a.status
                order by a.starts_at desc, a.id desc
                """, new MapSqlParameterSource("member", memberId), (rs, n) -> new MemberActivity(rs.getLong("id"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), ActivityStatus.valueOf(rs.getString("status")),
                rs.getInt("registered"), rs.getInt("attended")));
    }

    /** A member's business-round meetings on either side, latest first. */
    List<MemberMeeting> meetingsOf(long memberId) {
        return jdbc.query("""
                select a.id, a.title, a.starts_at, bm.slot_start, o.legal_name, bm.outcome, bm.contract_amount
                from business_meeting bm
                join activity a on a.id = bm.activity_id
                join member o on o.id = case when bm.mining_company_id = :member then bm.supplier_id
                                             else bm.mining_company_id end
                where bm.mining_company_id = :member or bm.supplier_id = :member
                order by a.starts_at desc, bm.slot_start
                """, new MapSqlParameterSource("member", memberId), (rs, n) -> new MemberMeeting(rs.getLong("id"),
                rs.getString("title"), rs.getObject("starts_at", LocalDateTime.class).toLocalDate(),
                rs.getObject("slot_start", LocalTime.class), rs.getString("legal_name"),
                rs.getString("outcome") == null ? null : MeetingOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("contract_amount", Long.class)));
    }

    /**
     * The member's last contact with the cluster: the latest held activity one of its contacts attended, or the latest
     * business-round meeting it had, whichever is later, up to {@code today}.
     */
    Optional<LocalDate> lastContact(long memberId, LocalDate today) {
        LocalDate last = jdbc.queryForObject("""
                select greatest(coalesce((select max(a.starts_at) from participation pa
                                          join activity a on a.id = pa.activity_id
                                          where pa.member_id = :member and pa.attendance = 'ATTENDED'
                                            and a.starts_at < :until), '1000-01-01'),
                                coalesce((select max(a.starts_at) from business_meeting bm
                                          join activity a on a.id = bm.activity_id
                                          where (bm.mining_company_id = :member or bm.supplier_id = :member)
                                            and a.status = 'HELD' and a.starts_at < :until), '1000-01-01'))
                """, new MapSqlParameterSource("member", memberId).addValue("until", today.plusDays(1).atStartOfDay()),
                (rs, n) -> rs.getObject(1, LocalDateTime.class).toLocalDate());
        return last == null || last.getYear() == 1000 ? Optional.empty() : Optional.of(last);
    }
}
