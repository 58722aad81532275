package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's figures of a year for the cluster's management indicators, aggregated in SQL over the daily
 * movements table that triggers keep from the member table (V14_1): reading 1M member rows took seconds. A member
 * without a join date counts from the day it was recorded; prospects never count.
 */
@Service
@Transactional(readOnly = true)
public class MemberFiguresService {

    private final NamedParameterJdbcTemplate jdbc;

    MemberFiguresService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public MemberYearFigures yearFigures(int year) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("start", LocalDate.of(year, 1, 1)).addValue("end", LocalDate.of(year, 12, 31));
        Map<MemberType, Long> byType = new EnumMap<>(MemberType.class);
        for (MemberType type : MemberType.values()) {
            byType.put(type, 0L);
        }
        Map<CompanySize, Long> bySize = new EnumMap<>(CompanySize.class);
        for (CompanySize size : CompanySize.values()) {
            bySize.put(size, 0L);
        }
        long[] totals = new long[2];
        jdbc.query("""
                select member_type, company_size, sum(joined) - sum(withdrawn) from member_movement
                where day <= :end group by member_type, company_size
                """, params, rs -> {
            long count = rs.getLong(3);
            totals[0] += count;
            byType.merge(MemberType.valueOf(rs.getString(1)), count, Long::sum);
            String size = rs.getString(2);
            if (size.isEmpty()) {
                totals[1] += count;
            } else {
                bySize.merge(CompanySize.valueOf(size), count, Long::sum);
            }
        });
        long[] moves = jdbc.queryForObject("""
                select coalesce(sum(joined), 0), coalesce(sum(withdrawn), 0) from member_movement
                where day between :start and :end
                """, params, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        return new MemberYearFigures(year, totals[0], byType, bySize, totals[1], moves[0], moves[1]);
    }
}
