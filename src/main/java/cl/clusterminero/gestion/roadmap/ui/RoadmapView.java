package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.program.ProgramOption;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.roadmap.AxisOption;
import cl.clusterminero.gestion.roadmap.AxisProgress;
import cl.clusterminero.gestion.roadmap.Health;
import cl.clusterminero.gestion.roadmap.InitiativeFilter;
import cl.clusterminero.gestion.roadmap.InitiativeRow;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapReportService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roadmap at a glance: each strategic axis with its progress and health counts, then its initiatives in a lazy
 * grid filtered by axis, program, status, health and owner, all computed in SQL.
 */
@Route("hoja-de-ruta")
@PermitAll
@Menu(title = "nav.roadmap", order = 5, icon = "vaadin:road-branches")
public class RoadmapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RoadmapService roadmapService;
    private final Select<RoadmapOption> roadmap = new Select<>();
    private final FlexLayout axesCards = new FlexLayout();
    private final ComboBox<AxisOption> axis = new ComboBox<>();
    private final ComboBox<ProgramOption> program = new ComboBox<>();
    private final ComboBox<InitiativeStatus> status = new ComboBox<>();
    private final ComboBox<Health> health = new ComboBox<>();
    private final TextField owner = new TextField();
    private final Span count = new Span();
    private final Grid<InitiativeRow> grid = new Grid<>(InitiativeRow.class, false);

    public RoadmapView(RoadmapService roadmapService, RoadmapReportService reportService,
                       ProgramService programService, CurrentUser currentUser) {
        this.roadmapService = roadmapService;
        addClassName("roadmap-view");
        setSizeFull();

        List<RoadmapOption> roadmaps = roadmapService.roadmaps();
        roadmap.setItems(roadmaps);
        roadmap.setItemLabelGenerator(RoadmapOption::name);
        roadmap.setLabel(getTranslation("roadmap.select"));
        roadmap.setId("roadmap-select");
        roadmaps.stream().filter(RoadmapOption::current).findFirst().or(() -> roadmaps.stream().findFirst())
                .ifPresent(roadmap::setValue);
        roadmap.addValueChangeListener(event -> {
            axis.clear();
            axis.setItems(event.getValue() == null ? List.of() : roadmapService.axes(event.getValue().id()));
            refresh();
        });

        axesCards.addClassName("axis-cards");
        axesCards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        axesCards.setId("axis-cards");

        axis.setPlaceholder(getTranslation("roadmap.filter.axis"));
        axis.setItemLabelGenerator(AxisOption::label);
        if (roadmap.getValue() != null) {
            axis.setItems(roadmapService.axes(roadmap.getValue().id()));
        }
        program.setPlaceholder(getTranslation("roadmap.filter.program"));
        program.setItems(programService.options());
        program.setItemLabelGenerator(ProgramOption::label);
        status.setPlaceholder(getTranslation("roadmap.filter.status"));
        status.setItems(Arrays.asList(InitiativeStatus.values()));
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        health.setPlaceholder(getTranslation("roadmap.filter.health"));
        health.setItems(Arrays.asList(Health.values()));
        health.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        health.setId("filter-health");
        owner.setPlaceholder(getTranslation("roadmap.filter.owner"));
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setClearButtonVisible(true);
        for (var filter : List.of(axis, program, status, health)) {
            filter.setClearButtonVisible(true);
            filter.setWidth("13em");
            filter.addValueChangeListener(event -> refreshGrid());
        }
        owner.addValueChangeListener(event -> refreshGrid());
        FlexLayout filters = new FlexLayout(axis, program, status, health, owner, count);
        filters.addClassName("filter-bar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.addClassName("result-count");
        count.setId("initiatives-count");

        configureGrid();
        Paragraph help = new Paragraph(getTranslation("health.help"));
        help.addClassName("help-text");
        HorizontalLayout top = new HorizontalLayout(roadmap);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.mayCall(RoadmapService.class, "createInitiative")) {
            List<ProgramOption> allowed = InitiativeDialog.allowedPrograms(programService, currentUser);
            Button create = new Button(getTranslation("initiative.new"), VaadinIcon.PLUS.create(), click -> {
                if (roadmap.getValue() != null) {
                    new InitiativeDialog(roadmapService, allowed, roadmap.getValue().id(), null, 0, null,
                            id -> getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                                    new RouteParameters(InitiativeView.ID, String.valueOf(id))))).open();
                }
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-initiative");
            create.setEnabled(!allowed.isEmpty() || currentUser.hasRole(Role.ADMIN));
            top.add(create);
        }
        top.add(statusReportLink(reportService));
        add(top, axesCards, filters, grid, help);
        refresh();
    }

    private void configureGrid() {
        grid.setId("initiatives-grid");
        grid.addColumn(InitiativeRow::code).setHeader(getTranslation("initiative.code")).setSortProperty("code")
                .setWidth("7rem").setFlexGrow(0);
        // The title gets most of the room; long titles, axes and programs show whole in a tooltip.
        grid.addColumn(InitiativeRow::title).setHeader(getTranslation("initiative.title")).setSortProperty("title")
                .setWidth("14rem").setFlexGrow(4).setResizable(true).setTooltipGenerator(InitiativeRow::title);
        grid.addColumn(InitiativeRow::axisName).setHeader(getTranslation("initiative.axis"))
                .setSortProperty("axisName").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(InitiativeRow::axisName);
        grid.addColumn(row -> row.programName() == null ? "" : row.programName())
                .setHeader(getTranslation("initiative.program")).setSortProperty("programName").setWidth("8rem")
                .setFlexGrow(1).setTooltipGenerator(InitiativeRow::programName);
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setHeader(getTranslation("initiative.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<InitiativeRow>of(RoadmapBadges.HEALTH_TEMPLATE)
                        .withProperty("health", row -> row.health().name())
                        .withProperty("healthLabel", row -> getTranslation(row.health().labelKey())))
                .setHeader(getTranslation("initiative.health")).setSortProperty("health").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.progress() + "%").setHeader(getTranslation("initiative.progress.column"))
                .setSortProperty("progress").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.date(row.targetDate())).setHeader(getTranslation("initiative.target"))
                .setSortProperty("targetDate").setWidth("8.5rem").setFlexGrow(0);
        // On a phone: the title and its health; the initiative's page has the rest.
        PhoneColumns.keep(grid, grid.getColumns().get(1), grid.getColumns().get(5));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("roadmap.empty"));
        grid.setMultiSort(false);
        grid.setMinHeight("20rem");
        RowOpening.on(grid, row -> getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                new RouteParameters(InitiativeView.ID, String.valueOf(row.id())))));
    }

    /** The selected roadmap's status report as a PDF, for the board's meetings. */
    private Anchor statusReportLink(RoadmapReportService reportService) {
        Locale locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            RoadmapOption selected = roadmap.getValue();
            byte[] pdf = reportService.statusReport(selected.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "informe-" + selected.code() + ".pdf",
                    "application/pdf", pdf.length);
        }), "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + getTranslation("report.roadmap.download")));
        link.getElement().setAttribute("download", true);
        link.setId("status-report-pdf");
        return link;
    }

    private void refresh() {
        axesCards.removeAll();
        if (roadmap.getValue() != null) {
            for (AxisProgress axisProgress : roadmapService.axisProgress(roadmap.getValue().id())) {
                axesCards.add(axisCard(axisProgress));
            }
        }
        refreshGrid();
    }

    private Div axisCard(AxisProgress progress) {
        Span name = new Span(progress.code() + " · " + progress.name());
        name.addClassName("axis-name");
        ProgressBar bar = new ProgressBar(0, 100, progress.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("roadmap.axis.progress-label", progress.name()));
        Span figures = new Span(getTranslation("roadmap.axis.figures", progress.progress(), progress.initiatives(),
                progress.delayed(), progress.atRisk()));
        figures.addClassName("axis-figures");
        Div card = new Div(name, bar, figures);
        card.addClassName("axis-card");
        card.setId("axis-" + progress.code());
        return card;
    }

    private void refreshGrid() {
        if (roadmap.getValue() == null) {
            grid.setItems(List.of());
            count.setText(getTranslation("roadmap.count", 0));
            return;
        }
        InitiativeFilter filter = new InitiativeFilter(roadmap.getValue().id(),
                axis.getValue() == null ? null : axis.getValue().id(),
                program.getValue() == null ? null : program.getValue().id(), status.getValue(), health.getValue(),
                owner.getValue());
        long total = roadmapService.countInitiatives(filter);
        count.setText(getTranslation("roadmap.count", total));
        grid.setItems(query -> roadmapService.initiatives(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, total));
    }

    /** Links from the dashboard arrive with a filter: {@code ?eje=EC}, {@code ?salud=DELAYED}, {@code ?estado=...}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        first(parameters, "eje").ifPresent(code -> axis.getListDataView().getItems()
                .filter(option -> option.code().equalsIgnoreCase(code)).findFirst().ifPresent(axis::setValue));
        first(parameters, "salud").flatMap(value -> parse(Health.class, value)).ifPresent(health::setValue);
        first(parameters, "estado").flatMap(value -> parse(InitiativeStatus.class, value)).ifPresent(status::setValue);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roadmap");
    }
}
