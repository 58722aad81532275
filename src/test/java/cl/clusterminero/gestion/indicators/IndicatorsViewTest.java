package cl.clusterminero.gestion.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.activity.ChallengeStatus;
import cl.clusterminero.gestion.activity.ui.ActivityListView;
import cl.clusterminero.gestion.activity.ui.ChallengeListView;
import cl.clusterminero.gestion.indicators.ui.IndicatorsView;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indicators screen as the board reads it, without a browser: figures, year choice, links and downloads. */
@IntegrationTest
@SuppressWarnings("unchecked")
class IndicatorsViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    @WithAppUser(Role.BOARD)
    void the_board_reads_the_current_year_and_each_figure_links_to_its_filtered_list() {
        navigate(IndicatorsView.class);
        int year = LocalDate.now(DisplayFormats.ZONE).getYear();
        Select<Integer> chosen = $(Select.class).id("indicators-year");
        assertThat(chosen.getValue()).isEqualTo(year);
        long held = jdbc.queryForObject("select count(*) from activity where status = 'HELD' and kind = 'WORKSHOP'"
                + " and year(starts_at) = ?", Long.class, year);
        assertThat($(Span.class).id("indicator-activities-kind-WORKSHOP").getText())
                .isEqualTo(DisplayFormats.integer(held));
        Anchor workshops = $(Anchor.class).id("indicator-link-activities-kind-WORKSHOP");
        assertThat(workshops.getHref()).isEqualTo("actividades?tipo=WORKSHOP&estado=HELD&desde=" + year
                + "-01-01&hasta=" + year + "-12-31");
        assertThat($(Anchor.class).id("indicator-link-members-type-SUPPLIER").getHref()).isEqualTo("socios?tipo=SUPPLIER");
        assertThat($(Anchor.class).id("indicator-link-purchases-share").getHref()).isEqualTo("compras-locales/cluster");
        assertThat($(Anchor.class).id("indicators-pdf").getElement().getAttribute("download")).isNotNull();
        assertThat($(Anchor.class).id("indicators-excel").getElement().getAttribute("download")).isNotNull();

        test(chosen).selectItem(String.valueOf(year - 1));
        long lastYear = jdbc.queryForObject("select count(*) from activity where status = 'HELD' and kind = 'WORKSHOP'"
                + " and year(starts_at) = ?", Long.class, year - 1);
        assertThat($(Span.class).id("indicator-activities-kind-WORKSHOP").getText())
                .isEqualTo(DisplayFormats.integer(lastYear));
        assertThat($(Anchor.class).id("indicator-link-activities-kind-WORKSHOP").getHref())
                .contains("desde=" + (year - 1) + "-01-01");
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void the_lists_behind_the_figures_open_with_the_link_filter_applied() {
        UI.getCurrent().navigate(ActivityListView.class, QueryParameters.fromString(
                "tipo=BUSINESS_ROUND&estado=HELD&desde=2025-01-01&hasta=2025-12-31"));
        assertThat($(Select.class).id("filter-kind").getValue()).isEqualTo(ActivityKind.BUSINESS_ROUND);
        assertThat($(Select.class).id("filter-status").getValue()).isEqualTo(ActivityStatus.HELD);
        assertThat($(DatePicker.class).id("filter-from").getValue()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat($(DatePicker.class).id("filter-to").getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        long rounds = jdbc.queryForObject("select count(*) from activity where status = 'HELD' and kind ="
                + " 'BUSINESS_ROUND' and year(starts_at) = 2025", Long.class);
        assertThat($(Span.class).id("activities-count").getText()).isEqualTo(rounds + " actividades");

        UI.getCurrent().navigate(ChallengeListView.class, QueryParameters.of("estado", "AWARDED"));
        assertThat($(Select.class).id("challenges-filter-status").getValue()).isEqualTo(ChallengeStatus.AWARDED);

        UI.getCurrent().navigate(IndicatorsView.class, QueryParameters.of("anio", "2024"));
        assertThat($(Select.class).id("indicators-year").getValue()).isEqualTo(2024);
    }
}
