package cl.clusterminero.gestion.program;

import cl.clusterminero.gestion.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs' figures of a year for the cluster's management indicators. Co-financing lines carry no date, so a
 * year's co-financing is the lines of the programs running in it (their period overlaps the year; an open start or
 * end counts as running).
 */
@Service
@Transactional(readOnly = true)
public class ProgramFiguresService {

    private final NamedParameterJdbcTemplate jdbc;

    ProgramFiguresService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per funding source, every source present (zero when none), in the enum's order. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<CofinancingBySource> cofinancing(int year) {
        Map<FundingSource, long[]> sums = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            sums.put(source, new long[2]);
        }
        jdbc.query("""
                select f.source, f.state, sum(f.amount_clp)
                from program_funding f join program p on p.id = f.program_id
                where (p.start_date is null or p.start_date <= :end) and (p.end_date is null or p.end_date >= :start)
                group by f.source, f.state
                """, new MapSqlParameterSource("start", LocalDate.of(year, 1, 1))
                .addValue("end", LocalDate.of(year, 12, 31)), rs -> {
            long[] sum = sums.get(FundingSource.valueOf(rs.getString(1)));
            sum[FundingState.RECEIVED.name().equals(rs.getString(2)) ? 1 : 0] += rs.getLong(3);
        });
        List<CofinancingBySource> lines = new ArrayList<>();
        sums.forEach((source, sum) -> lines.add(new CofinancingBySource(source, sum[0], sum[1])));
        return lines;
    }
}
