package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.purchases.LocalPurchaseFilter;
import cl.clusterminero.gestion.purchases.LocalPurchaseRow;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.ReportSource;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/**
 * The local purchases ledger as a lazy grid: one row per company and period, filtered by company, year, period and
 * source, sorted and counted in the database. Everyone reads it; the secretariat and admin also record and import.
 */
@Route("compras-locales")
@PermitAll
@Menu(title = "nav.purchases", order = 12, icon = "vaadin:cart")
public class LocalPurchaseListView extends VerticalLayout implements HasDynamicTitle {

    private final LocalPurchaseService service;
    private final Grid<LocalPurchaseRow> grid = new Grid<>(LocalPurchaseRow.class, false);
    private final ComboBox<MemberOption> company = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Select<Integer> period = new Select<>();
    private final ComboBox<ReportSource> source = new ComboBox<>();
    private final Span count = new Span();
    private final Button companyView = new Button();

    public LocalPurchaseListView(LocalPurchaseService service, CurrentUser currentUser) {
        this.service = service;
        boolean canEdit = currentUser.mayCall(LocalPurchaseService.class, "create");
        addClassName("purchase-list-view");
        setSizeFull();

        company.setPlaceholder(getTranslation("purchases.filter.company"));
        company.setAriaLabel(getTranslation("purchases.filter.company"));
        company.setItems(query -> service.miningCompanies(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        company.setItemLabelGenerator(MemberOption::legalName);
        company.setClearButtonVisible(true);
        company.setWidth("20em");
        company.setId("filter-company");
        company.addValueChangeListener(event -> {
            companyView.setEnabled(event.getValue() != null);
            refresh();
        });

        year.setPlaceholder(getTranslation("purchases.filter.year"));
        year.setAriaLabel(getTranslation("purchases.filter.year"));
        year.setClearButtonVisible(true);
        year.setWidth("8em");
        year.setId("filter-year");
        year.addValueChangeListener(event -> refresh());

        period.setPlaceholder(getTranslation("purchases.filter.period"));
        period.setAriaLabel(getTranslation("purchases.filter.period"));
        period.setItems(0, 1, 2, 3, 4);
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("purchases.filter.any-period"));
        period.setItemLabelGenerator(value -> value == null ? getTranslation("purchases.filter.any-period")
                : value == 0 ? getTranslation("purchases.period.whole-year")
                : getTranslation("purchases.period.quarter", value));
        period.setWidth("13em");
        period.setId("filter-period");
        period.addValueChangeListener(event -> refresh());

        source.setPlaceholder(getTranslation("purchases.filter.source"));
        source.setAriaLabel(getTranslation("purchases.filter.source"));
        source.setItems(Arrays.asList(ReportSource.values()));
        source.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        source.setClearButtonVisible(true);
        source.setWidth("12em");
        source.setId("filter-source");
        source.addValueChangeListener(event -> refresh());

        count.addClassName("result-count");
        count.setId("purchases-count");

        FlexLayout filters = new FlexLayout(company, year, period, source);
        filters.addClassName("filter-bar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        companyView.setText(getTranslation("purchases.company-view"));
        companyView.setIcon(VaadinIcon.CHART.create());
        companyView.setEnabled(false);
        companyView.setId("open-company-view");
        companyView.addClickListener(click -> {
            if (company.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CompanyPurchasesView.class, new RouteParameters(
                        CompanyPurchasesView.MEMBER_ID, String.valueOf(company.getValue().id()))));
            }
        });
        Button clusterView = new Button(getTranslation("purchases.cluster-view"), VaadinIcon.BAR_CHART.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ClusterPurchasesView.class)));
        clusterView.setId("open-cluster-view");

        HorizontalLayout actions = new HorizontalLayout(count, companyView, clusterView);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        count.getStyle().set("flex-grow", "1");
        if (canEdit) {
            Button importButton = new Button(getTranslation("purchases.import"), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseImportView.class)));
            importButton.setId("import-purchases");
            Button create = new Button(getTranslation("purchases.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseEditorView.class,
                            new RouteParameters(LocalPurchaseEditorView.ID, LocalPurchaseEditorView.NEW))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-purchase");
            actions.add(importButton, create);
        }

        configureGrid();
        add(filters, actions, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("purchases-grid");
        grid.addColumn(LocalPurchaseRow::memberName).setHeader(getTranslation("purchases.column.company"))
                .setSortProperty("memberName").setFlexGrow(1).setResizable(true).setWidth("12rem")
                .setTooltipGenerator(LocalPurchaseRow::memberName);
        grid.addColumn(row -> PurchaseFormats.period(this, row.year(), row.quarter()))
                .setHeader(getTranslation("purchases.column.period")).setSortProperty("period").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> PurchaseFormats.millions(row.totalClp()))
                .setHeader(getTranslation("purchases.column.total")).setTooltipGenerator(row ->
                        DisplayFormats.clp(row.totalClp()))
                .setSortProperty("totalClp").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> PurchaseFormats.millions(row.regionalClp()))
                .setHeader(getTranslation("purchases.column.regional")).setTooltipGenerator(row ->
                        DisplayFormats.clp(row.regionalClp()))
                .setSortProperty("regionalClp").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> PurchaseFormats.percent(row.regionalShare()))
                .setHeader(getTranslation("purchases.column.share")).setSortProperty("share")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> suppliers(row.regionalSuppliers(), row.totalSuppliers()))
                .setHeader(getTranslation("purchases.column.suppliers")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> PurchaseFormats.percent(row.paidOnTimePercent()))
                .setHeader(getTranslation("purchases.column.on-time")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.source().labelKey()))
                .setHeader(getTranslation("purchases.column.source")).setSortProperty("source").setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: company, period and the regional share.
        PhoneColumns.keep(grid, grid.getColumns().get(0), grid.getColumns().get(1), grid.getColumns().get(4));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("purchases.empty"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        RowOpening.on(grid, row -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseEditorView.class,
                new RouteParameters(LocalPurchaseEditorView.ID, String.valueOf(row.id())))));
    }

    private static String suppliers(Integer regional, Integer total) {
        if (regional == null && total == null) {
            return "–";
        }
        return (regional == null ? "–" : DisplayFormats.integer(regional)) + " / "
                + (total == null ? "–" : DisplayFormats.integer(total));
    }

    private LocalPurchaseFilter currentFilter() {
        return new LocalPurchaseFilter(company.getValue() == null ? null : company.getValue().id(), year.getValue(),
                period.getValue(), source.getValue());
    }

    void refresh() {
        LocalPurchaseFilter filter = currentFilter();
        long total = service.count(filter);
        count.setText(getTranslation("purchases.count", total));
        grid.setItems(query -> service.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchases.title");
    }
}
