package cl.clusterminero.gestion.purchases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger page and the yearly aggregates, in SQL. A company's year is its whole-year report when it has one,
 * otherwise the sum of its quarterly reports; the cluster's year sums those company years, so its share is
 * sum(regional) / sum(total), weighted by what each company buys.
 */
@Component
class LocalPurchaseQueries {

    private static final String ROWS = """
            select r.id, r.member_id, m.legal_name, r.period_year, r.period_quarter, r.total_clp, r.regional_clp,
                   r.regional_suppliers, r.total_suppliers, r.paid_on_time_pct, r.source
            from local_purchase_report r
            join member m on m.id = r.member_id
            """;

    private static final String FILTER = """
            where (:member is null or r.member_id = :member)
              and (:year is null or r.period_year = :year)
              and (:quarter is null or r.period_quarter = :quarter)
              and (:source is null or r.source = :source)
            """;

    /** Grid sort keys the browser may send, and the SQL each sorts on. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "memberName", "m.legal_name",
            "period", "r.period_year %1$s, r.period_quarter",
            "totalClp", "r.total_clp",
            "regionalClp", "r.regional_clp",
            "share", "(r.regional_clp / nullif(r.total_clp, 0))",
            "source", "r.source");

    private static final String YEARS = """
            select y.period_year, sum(y.total_clp) as total_clp, sum(y.regional_clp) as regional_clp,
                   count(*) as companies, max(y.partial) as partial
            from (select r.member_id, r.period_year, sum(r.total_clp) as total_clp,
                         sum(r.regional_clp) as regional_clp,
                         case when max(r.period_quarter = 0) = 1 then 0 when count(*) < 4 then 1 else 0 end as partial
                  from local_purchase_report r
                  where (:member is null or r.member_id = :member)
                    and (r.period_quarter = 0 or not exists (
                        select 1 from local_purchase_report a
                        where a.member_id = r.member_id and a.period_year = r.period_year and a.period_quarter = 0))
                  group by r.member_id, r.period_year) y
            group by y.period_year
            order by y.period_year
            """;

    private final NamedParameterJdbcTemplate jdbc;

    LocalPurchaseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LocalPurchaseRow> rows(LocalPurchaseFilter filter, Pageable pageable) {
        StringBuilder sql = new StringBuilder(ROWS).append(FILTER).append(" order by ").append(orderBy(pageable.getSort()));
        MapSqlParameterSource params = params(filter);
        if (pageable.isPaged()) {
            sql.append(" limit :limit offset :offset");
            params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        return jdbc.query(sql.toString(), params, (rs, n) -> new LocalPurchaseRow(rs.getLong("id"),
                rs.getLong("member_id"), rs.getString("legal_name"), rs.getInt("period_year"),
                rs.getInt("period_quarter"), rs.getLong("total_clp"), rs.getLong("regional_clp"),
                rs.getObject("regional_suppliers", Integer.class),
                rs.getObject("total_suppliers", Integer.class), rs.getBigDecimal("paid_on_time_pct"),
                ReportSource.valueOf(rs.getString("source"))));
    }

    long count(LocalPurchaseFilter filter) {
        Long count = jdbc.queryForObject("select count(*) from local_purchase_report r " + FILTER, params(filter),
                Long.class);
        return count == null ? 0 : count;
    }

    /** A company's (or, with a null member, the cluster's) totals per year; shares and targets are added later. */
    List<ShareByYear> years(Long memberId) {
        List<ShareByYear> years = new ArrayList<>();
        jdbc.query(YEARS, new MapSqlParameterSource("member", memberId), rs -> {
            long total = rs.getLong("total_clp");
            long regional = rs.getLong("regional_clp");
            years.add(new ShareByYear(rs.getInt("period_year"), total, regional, Shares.percent(regional, total),
                    null, rs.getInt("companies"), rs.getInt("partial") == 1));
        });
        return years;
    }

    private static MapSqlParameterSource params(LocalPurchaseFilter filter) {
        return new MapSqlParameterSource()
                .addValue("member", filter.memberId())
                .addValue("year", filter.year())
                .addValue("quarter", filter.quarter())
                .addValue("source", filter.source() == null ? null : filter.source().name());
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null) {
                continue;
            }
            String direction = order.isDescending() ? "desc" : "asc";
            parts.add(column.contains("%1$s") ? String.format(column, direction) + " " + direction
                    : column + " " + direction);
        }
        if (parts.isEmpty()) {
            parts.add("r.period_year desc, r.period_quarter desc, m.legal_name asc");
        }
        parts.add("r.id asc");
        return String.join(", ", parts);
    }
}
