package cl.clusterminero.gestion.purchases;

import static cl.clusterminero.gestion.purchases.PurchaseTestData.draft;
import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The headline figure: the cluster's regional share is the sum of regional purchases over the sum of total
 * purchases, weighted by what each company buys, not the mean of the companies' shares. Hand-computed on years that
 * only these tests use (2001 and 2002), cleared before each test.
 */
@IntegrationTest
@WithAppUser(Role.SECRETARIAT)
class LocalPurchaseAggregateTest {

    @Autowired
    LocalPurchaseService service;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long large;
    long small;

    @BeforeEach
    void twoCompanies() {
        jdbc.update("delete from local_purchase_report where period_year in (2001, 2002)");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        large = PurchaseTestData.miningCompany(members, "Minera Grande " + tag);
        small = PurchaseTestData.miningCompany(members, "Minera Chica " + tag);
    }

    @Test
    void cluster_share_is_the_sum_of_regional_over_the_sum_of_totals_not_the_mean_of_shares() {
        // 10 % of 1.000 million and 50 % of 100 million: the mean of shares would say 30 %.
        service.create(draft(large, 2001, null, 1_000_000_000L, 100_000_000L));
        service.create(draft(small, 2001, null, 100_000_000L, 50_000_000L));

        ShareByYear year = service.clusterShares().stream().filter(y -> y.year() == 2001).findFirst().orElseThrow();

        assertThat(year.totalClp()).isEqualTo(1_100_000_000L);
        assertThat(year.regionalClp()).isEqualTo(150_000_000L);
        assertThat(year.share()).isEqualByComparingTo("13.6"); // 150 / 1.100 = 13,636... %
        assertThat(year.share()).isNotEqualByComparingTo("30.0");
        assertThat(year.companies()).isEqualTo(2);
        assertThat(year.partial()).isFalse();
    }

    @Test
    void a_company_year_is_its_whole_year_report_or_else_the_sum_of_its_quarters() {
        // Large: whole year 2002 plus quarters that must not be counted twice.
        service.create(draft(large, 2002, null, 800, 80));
        service.create(draft(large, 2002, 1, 200, 100));
        // Small: only two quarters of 2002, so the year is partial.
        service.create(draft(small, 2002, 1, 100, 30));
        service.create(draft(small, 2002, 2, 100, 10));

        assertThat(service.companyShares(large)).singleElement().satisfies(year -> {
            assertThat(year.totalClp()).isEqualTo(800);
            assertThat(year.share()).isEqualByComparingTo("10.0");
            assertThat(year.partial()).isFalse();
        });
        assertThat(service.companyShares(small)).singleElement().satisfies(year -> {
            assertThat(year.totalClp()).isEqualTo(200);
            assertThat(year.share()).isEqualByComparingTo("20.0");
            assertThat(year.partial()).isTrue();
        });
        ShareByYear cluster = service.clusterShares().stream().filter(y -> y.year() == 2002).findFirst()
                .orElseThrow();
        assertThat(cluster.totalClp()).isEqualTo(1_000);
        assertThat(cluster.regionalClp()).isEqualTo(120);
        assertThat(cluster.share()).isEqualByComparingTo("12.0");
        assertThat(cluster.partial()).isTrue();
    }

    @Test
    void the_dashboard_summary_is_the_latest_complete_year_before_the_current_one() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        service.create(draft(large, lastYear, null, 1_000_000, 250_000));
        service.create(draft(large, lastYear + 1, 1, 1_000_000, 900_000));

        ClusterShareSummary summary = service.clusterShareSummary().orElseThrow();
        ShareByYear expected = service.clusterShares().stream().filter(y -> y.year() == lastYear).findFirst()
                .orElseThrow();
        assertThat(summary.year()).isEqualTo(lastYear);
        assertThat(summary.share()).isEqualByComparingTo(expected.share());
        assertThat(summary.totalClp()).isEqualTo(expected.totalClp());
    }
}
