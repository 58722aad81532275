package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.purchases.LocalPurchaseFilter;
import cl.clusterminero.gestion.purchases.LocalPurchaseRow;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.ShareByYear;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** One mining company's regional share over time against the roadmap's target, with the figures and its reports. */
@Route("compras-locales/socio/:memberId")
@PermitAll
public class CompanyPurchasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEMBER_ID = "memberId";

    private final LocalPurchaseService service;
    private String title = "";

    public CompanyPurchasesView(LocalPurchaseService service) {
        this.service = service;
        addClassName("purchase-company-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MemberOption> member;
        try {
            member = service.member(Long.parseLong(event.getRouteParameters().get(MEMBER_ID).orElse("")))
                    .filter(option -> option.type() == MemberType.MINING_COMPANY);
        } catch (NumberFormatException e) {
            member = Optional.empty();
        }
        if (member.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("purchases.company.not-found"));
            return;
        }
        build(member.get());
    }

    private void build(MemberOption member) {
        removeAll();
        title = member.legalName();
        H2 heading = new H2(getTranslation("purchases.company.title", member.legalName()));
        heading.setId("company-title");
        List<ShareByYear> years = service.companyShares(member.id());
        Paragraph help = new Paragraph(getTranslation("purchases.company.help"));
        help.addClassName("purchase-help");

        ShareChart chart = new ShareChart(years);
        chart.setId("company-chart");
        ShareFiguresGrid figures = new ShareFiguresGrid(years, false);
        figures.setId("company-figures");
        Div picture = new Div(chart, figures);
        picture.addClassName("share-picture");

        Grid<LocalPurchaseRow> reports = new Grid<>(LocalPurchaseRow.class, false);
        reports.setId("company-reports");
        reports.addColumn(row -> PurchaseFormats.period(this, row.year(), row.quarter()))
                .setHeader(getTranslation("purchases.column.period")).setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(row -> PurchaseFormats.millions(row.totalClp()))
                .setHeader(getTranslation("purchases.column.total")).setTextAlign(ColumnTextAlign.END);
        reports.addColumn(row -> PurchaseFormats.millions(row.regionalClp()))
                .setHeader(getTranslation("purchases.column.regional")).setTextAlign(ColumnTextAlign.END);
        reports.addColumn(row -> PurchaseFormats.percent(row.regionalShare()))
                .setHeader(getTranslation("purchases.column.share")).setTextAlign(ColumnTextAlign.END);
        reports.addColumn(row -> getTranslation(row.source().labelKey()))
                .setHeader(getTranslation("purchases.column.source")).setAutoWidth(true);
        reports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        reports.setAllRowsVisible(true);
        reports.setEmptyStateText(getTranslation("purchases.empty"));
        // A company has a few reports a year: one query, newest first.
        reports.setItems(service.search(new LocalPurchaseFilter(member.id(), null, null, null),
                Pageable.unpaged(Sort.by(Sort.Order.desc("period")))));
        RowOpening.on(reports, row -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseEditorView.class,
                new RouteParameters(LocalPurchaseEditorView.ID, String.valueOf(row.id())))));

        Button back = new Button(getTranslation("purchases.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button cluster = new Button(getTranslation("purchases.cluster-view"), VaadinIcon.BAR_CHART.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ClusterPurchasesView.class)));
        cluster.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, help, picture, new H3(getTranslation("purchases.company.reports")), reports,
                new HorizontalLayout(back, cluster));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
