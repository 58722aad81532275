package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.MemberType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-only rows of challenges and their applications, one query per list. */
@Component
class ChallengeQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ChallengeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Challenges, open ones first by deadline, then finished ones latest deadline first. */
    List<ChallengeRow> challenges(ChallengeStatus status, Long miningCompanyId, Pageable pageable) {
        return jdbc.query("""
                select c.id, c.title, m.legal_name, c.operation, c.deadline, c.status,
                       (select count(*) from challenge_application ca where ca.challenge_id = c.id) as applications
                from challenge c join member m on m.id = c.mining_company_id
                where (:status is null or c.status = :status) and (:mining is null or c.mining_company_id = :mining)
                order by c.status in ('AWARDED', 'PILOT', 'CLOSED'), c.deadline, c.id
                limit :limit offset :offset
                """, new MapSqlParameterSource("status", status == null ? null : status.name())
                .addValue("mining", miningCompanyId)
                .addValue("limit", pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE)
                .addValue("offset", pageable.isPaged() ? pageable.getOffset() : 0), (rs, n) -> new ChallengeRow(
                rs.getLong("id"), rs.getString("title"), rs.getString("legal_name"), rs.getString("operation"),
                rs.getObject("deadline", LocalDate.class), ChallengeStatus.valueOf(rs.getString("status")),
                rs.getInt("applications")));
    }

    long count(ChallengeStatus status, Long miningCompanyId) {
        Long count = jdbc.queryForObject("select count(*) from challenge where (:status is null or status = :status)"
                + " and (:mining is null or mining_company_id = :mining)", new MapSqlParameterSource("status",
                status == null ? null : status.name()).addValue("mining", miningCompanyId), Long.class);
        return count == null ? 0 : count;
    }

    List<ApplicationRow> applications(long challengeId) {
        return jdbc.query("""
                select ca.id, ca.supplier_id, m.legal_name, ca.proposal, ca.shortlisted
                from challenge_application ca join member m on m.id = ca.supplier_id
                where ca.challenge_id = :challenge order by ca.shortlisted desc, m.legal_name, ca.id
                """, new MapSqlParameterSource("challenge", challengeId), (rs, n) -> new ApplicationRow(
                rs.getLong("id"), rs.getLong("supplier_id"), rs.getString("legal_name"), rs.getString("proposal"),
                rs.getBoolean("shortlisted")));
    }

    Optional<String> memberName(long memberId) {
        return jdbc.query("select legal_name from member where id = :id", new MapSqlParameterSource("id", memberId),
                (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    Optional<MemberType> typeOf(long memberId) {
        return jdbc.query("select member_type from member where id = :id", new MapSqlParameterSource("id", memberId),
                (rs, n) -> MemberType.valueOf(rs.getString(1))).stream().findFirst();
    }

    /** Challenges a supplier applied to, with whether it won. */
    List<SupplierChallenge> appliedBy(long supplierId) {
        return jdbc.query("""
                select c.id, c.title, m.legal_name, c.deadline, c.status, ca.shortlisted, c.winner_id = ca.id as won
                from challenge_application ca
                join challenge c on c.id = ca.challenge_id
                join member m on m.id = c.mining_company_id
                where ca.supplier_id = :supplier order by c.deadline desc, c.id desc
                """, new MapSqlParameterSource("supplier", supplierId), (rs, n) -> new SupplierChallenge(
                rs.getLong("id"), rs.getString("title"), rs.getString("legal_name"),
                rs.getObject("deadline", LocalDate.class), ChallengeStatus.valueOf(rs.getString("status")),
                rs.getBoolean("shortlisted"), rs.getBoolean("won")));
    }
}
