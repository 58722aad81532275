package cl.clusterminero.gestion.purchases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.purchases.LocalPurchaseFilter;
import cl.clusterminero.gestion.purchases.LocalPurchaseRow;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.LocalPurchaseTransferService;
import cl.clusterminero.gestion.purchases.PurchaseTestData;
import cl.clusterminero.gestion.purchases.ShareByYear;
import cl.clusterminero.gestion.roadmap.RoadmapDraft;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.ui.ImportPanel;
import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import cl.clusterminero.gestion.shell.ui.HomeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's screens as the secretariat, the board and the admin use them, without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class LocalPurchaseViewsTest extends SpringBrowserlessTest {

    @Autowired
    LocalPurchaseService service;

    @Autowired
    LocalPurchaseTransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    RoadmapService roadmaps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private String tag;
    private long mine;
    private Long previousCurrent;

    @BeforeEach
    void miningCompany() {
        tag = "Vw" + UUID.randomUUID().toString().substring(0, 6);
        mine = PurchaseTestData.miningCompany(members, tag + " Minera del Loa S.A.");
        previousCurrent = null;
    }

    @AfterEach
    void restoreCurrentRoadmap() {
        if (previousCurrent != null) {
            SystemAuthentication.runAsSystem(() -> roadmaps.makeCurrent(previousCurrent));
        }
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_records_a_report_in_the_editor_and_finds_it_in_the_ledger_filtered_by_company() {
        navigate("compras-locales/nuevo", LocalPurchaseEditorView.class);
        MemberOption company = service.member(mine).orElseThrow();
        $(ComboBox.class).id("field-memberId").setValue(company);
        $(IntegerField.class).id("field-year").setValue(2024);
        test($(TextField.class).id("field-totalClp")).setValue("1.000.000.000");
        test($(TextField.class).id("field-regionalClp")).setValue("170000000");
        assertThat($(Span.class).id("purchase-share").getText()).isEqualTo("Participación regional: 17,0 %");
        test($(ComboBox.class).id("field-source")).selectItem("Reporte público");
        test($(Button.class).id("save-purchase")).click();

        assertThat($(H2.class).id("purchase-title").getText()).isEqualTo(tag + " Minera del Loa S.A. · 2024");
        assertThat($(TextField.class).id("field-totalClp").getValue()).isEqualTo("1.000.000.000");

        navigate(LocalPurchaseListView.class);
        $(ComboBox.class).id("filter-company").setValue(company);
        Grid<LocalPurchaseRow> grid = $(Grid.class).id("purchases-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(tag + " Minera del Loa S.A.");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("2024");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("1.000"); // millions of pesos
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("17,0 %");
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("Reporte público");
        assertThat($(Span.class).id("purchases-count").getText()).isEqualTo("1 reporte");
        assertThat($(Button.class).id("new-purchase").isVisible()).isTrue();
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void regional_purchases_above_the_total_are_refused_next_to_the_field_in_spanish_and_nothing_is_saved() {
        navigate("compras-locales/nuevo", LocalPurchaseEditorView.class);
        $(ComboBox.class).id("field-memberId").setValue(service.member(mine).orElseThrow());
        $(IntegerField.class).id("field-year").setValue(2024);
        test($(TextField.class).id("field-totalClp")).setValue("100.000");
        test($(TextField.class).id("field-regionalClp")).setValue("200.000");
        test($(ComboBox.class).id("field-source")).selectItem("Autodeclarado");
        test($(Button.class).id("save-purchase")).click();

        TextField regional = $(TextField.class).id("field-regionalClp");
        assertThat(regional.isInvalid()).isTrue();
        assertThat(regional.getErrorMessage())
                .isEqualTo("Las compras regionales no pueden superar las compras totales.");
        assertThat(service.count(new LocalPurchaseFilter(mine, null, null, null))).isZero();
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_reads_a_report_without_editing_and_cannot_open_new_or_import() {
        long id = SystemAuthentication.callAsSystem(() -> service.create(
                PurchaseTestData.draft(mine, 2023, 2, 1_000, 250)));
        navigate(LocalPurchaseEditorView.class, Map.of("id", String.valueOf(id)));
        assertThat($(H2.class).id("purchase-title").getText()).isEqualTo(tag + " Minera del Loa S.A. · T2 2023");
        assertThat($(Paragraph.class).id("read-only-note").isVisible()).isTrue();
        assertThat($(Button.class).withId("save-purchase").exists()).isFalse();
        assertThat($(Button.class).withId("delete-purchase").exists()).isFalse();
        assertThat($(TextField.class).id("field-totalClp").isReadOnly()).isTrue();

        navigate(LocalPurchaseListView.class);
        assertThat($(Button.class).withId("new-purchase").exists()).isFalse();
        assertThat($(Button.class).withId("import-purchases").exists()).isFalse();
        navigate("compras-locales/nuevo", AccessDeniedView.class);
        navigate("compras-locales/importar", AccessDeniedView.class);
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void cluster_view_draws_a_column_per_year_with_its_target_and_the_figures_beside_it() {
        jdbc.update("delete from local_purchase_report where period_year = 2004");
        long other = PurchaseTestData.miningCompany(members, tag + " Minera Pampa Ltda.");
        service.create(PurchaseTestData.draft(mine, 2004, null, 900_000_000L, 90_000_000L));
        service.create(PurchaseTestData.draft(other, 2004, null, 100_000_000L, 60_000_000L));
        long roadmap = roadmaps.createRoadmap(new RoadmapDraft("V" + tag, "Hoja de vista " + tag, null, 2004, 2008));
        previousCurrent = roadmaps.roadmaps().stream().filter(RoadmapOption::current).map(RoadmapOption::id)
                .findFirst().orElse(null);
        roadmaps.makeCurrent(roadmap);
        service.saveTarget(roadmap, null, 0, 2004, new BigDecimal("20"));

        navigate(ClusterPurchasesView.class);
        assertThat($(Paragraph.class).id("cluster-help").getText()).contains("Hoja de vista " + tag);
        Div column = $(Div.class).id("share-chart-2004");
        // (90 + 60) / (900 + 100) = 15 %, below the 20 % target
        assertThat(column.getElement().getTextRecursively()).contains("15,0").contains("2004");
        Div area = (Div) column.getChildren().findFirst().orElseThrow();
        assertThat(area.getChildren().map(c -> ((Div) c).getClassNames()).toList()).satisfiesExactly(
                bar -> assertThat(bar).contains("share-chart-bar", "below-target"),
                target -> assertThat(target).contains("share-chart-target"));
        Grid<ShareByYear> figures = $(Grid.class).id("cluster-figures");
        int row = rowOf(figures, "2004");
        assertThat(test(figures).getCellText(row, 1)).isEqualTo("1.000");
        assertThat(test(figures).getCellText(row, 3)).isEqualTo("15,0 %");
        assertThat(test(figures).getCellText(row, 4)).isEqualTo("20,0 %");
        assertThat(test(figures).getCellText(row, 5)).isEqualTo("-5,0 pp");
        assertThat(test(figures).getCellText(row, 6)).isEqualTo("2");
        assertThat($(Button.class).withId("add-target").exists()).isTrue();

        navigate(CompanyPurchasesView.class, Map.of("memberId", String.valueOf(mine)));
        assertThat($(H2.class).id("company-title").getText())
                .isEqualTo("Compras locales de " + tag + " Minera del Loa S.A.");
        Grid<ShareByYear> company = $(Grid.class).id("company-figures");
        assertThat(test(company).size()).isEqualTo(1);
        assertThat(test(company).getCellText(0, 3)).isEqualTo("10,0 %");
        assertThat(test(company).getCellText(0, 4)).isEqualTo("20,0 %");
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void the_home_dashboard_shows_the_clusters_latest_complete_year_linking_to_the_cluster_view() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        SystemAuthentication.runAsSystem(() -> service.create(
                PurchaseTestData.draft(mine, lastYear, null, 1_000_000, 200_000)));
        var summary = service.clusterShareSummary().orElseThrow();

        navigate(HomeView.class);
        Anchor tile = $(Anchor.class).id("dashboard-purchases-share");
        assertThat(tile.getHref()).isEqualTo("compras-locales/cluster");
        assertThat(tile.getElement().getTextRecursively())
                .startsWith(summary.share().toPlainString().replace('.', ',') + " %");
        assertThat($(Div.class).withClassName("dashboard").single().getElement().getTextRecursively())
                .contains("Último año completo: " + summary.year());
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void the_import_page_lists_each_problem_with_row_and_column_and_keeps_commit_disabled() {
        LocalPurchaseImportView view = navigate(LocalPurchaseImportView.class);
        String rut = members.draft(mine).getRut();
        byte[] file = ("rut;anio;compras_totales;compras_regionales;fuente\n"
                + rut + ";2024;1.000;2.000;Auditado\n").getBytes(StandardCharsets.UTF_8);
        view.show("malo.csv", file, transfers.preview("malo.csv", file));

        assertThat($(Span.class).id("import-summary").getText())
                .isEqualTo("malo.csv: por crear 0, por actualizar 0, filas con problemas 1.");
        Grid<ImportPanel.Problem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("compras_regionales");
        assertThat(test(problems).getCellText(0, 2))
                .isEqualTo("Las compras regionales no pueden superar las compras totales.");
        assertThat($(Button.class).id("import-commit").isEnabled()).isFalse();
    }

    private static int rowOf(Grid<ShareByYear> grid, String year) {
        var rows = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (String.valueOf(rows.get(i).year()).equals(year)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + year);
    }
}
