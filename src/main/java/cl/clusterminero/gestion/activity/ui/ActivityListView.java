package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityFilter;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityRow;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.program.ProgramOption;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/** Every activity in a lazy grid filtered by kind, period, program and status; the editors create them here. */
@Route("actividades")
@PermitAll
@Menu(title = "nav.activities", order = 14, icon = "vaadin:calendar-user")
public class ActivityListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ActivityService activityService;
    private final Select<ActivityKind> kind = new Select<>();
    private final Select<ActivityStatus> status = new Select<>();
    private final ComboBox<ProgramOption> program = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Checkbox onlyMine = new Checkbox();
    private final Span count = new Span();
    private final ConfigurableFilterDataProvider<ActivityRow, Void, ActivityFilter> rows;

    public ActivityListView(ActivityService activityService, ProgramService programService, CurrentUser currentUser) {
        this.activityService = activityService;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("activities.intro"));
        intro.addClassName("view-intro");
        HorizontalLayout top = new HorizontalLayout(intro);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(intro);
        Button coming = new Button(getTranslation("nav.activities-calendar"), VaadinIcon.CALENDAR.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ComingActivitiesView.class)));
        coming.setId("coming-activities");
        top.add(coming);
        if (activityService.mayCreate()) {
            Button create = new Button(getTranslation("activity.new"), VaadinIcon.PLUS.create(),
                    click -> new ActivityDialog(activityService, programService, currentUser, null, 0, null,
                            this::open).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-activity");
            top.add(create);
        }

        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("activities.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("activities.all")
                : getTranslation(value.labelKey()));
        kind.setId("filter-kind");
        status.setLabel(getTranslation("activity.status"));
        status.setItems(ActivityStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("activities.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("activities.all")
                : getTranslation(value.labelKey()));
        status.setId("filter-status");
        program.setLabel(getTranslation("activity.program"));
        program.setItems(programService.options());
        program.setItemLabelGenerator(ProgramOption::label);
        program.setClearButtonVisible(true);
        program.setId("filter-program");
        from = DateFields.create(getTranslation("activities.from"), getLocale());
        from.setId("filter-from");
        from.setClearButtonVisible(true);
        to = DateFields.create(getTranslation("activities.to"), getLocale());
        to.setId("filter-to");
        to.setClearButtonVisible(true);
        onlyMine.setLabel(getTranslation("activities.only-mine"));
        onlyMine.setId("filter-mine");
        HorizontalLayout filters = new HorizontalLayout(kind, status, program, from, to, onlyMine, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("activities-count");

        Grid<ActivityRow> grid = new Grid<>(ActivityRow.class, false);
        grid.setId("activities-grid");
        grid.addColumn(row -> DisplayFormats.dateTime(row.startsAt())).setHeader(getTranslation("activity.starts-at"))
                .setSortProperty("startsAt").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.kind().labelKey())).setHeader(getTranslation("activity.kind"))
                .setSortProperty("kind").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(ActivityRow::title).setHeader(getTranslation("activity.title")).setSortProperty("title")
                .setFlexGrow(3).setTooltipGenerator(ActivityRow::title);
        grid.addColumn(row -> row.place() != null ? row.place()
                        : row.online() ? getTranslation("activity.online") : "—")
                .setHeader(getTranslation("activity.place")).setFlexGrow(2);
        grid.addColumn(row -> row.programCode() == null ? "—" : row.programCode())
                .setHeader(getTranslation("activity.program")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("activity.registered-of", row.registered(), row.capacity()))
                .setHeader(getTranslation("activity.registered")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setHeader(getTranslation("activity.status"))
                .setSortProperty("status").setWidth("11rem").setFlexGrow(0);
        DataProvider<ActivityRow, ActivityFilter> provider = DataProvider.fromFilteringCallbacks(
                query -> activityService.activities(query.getFilter().orElse(ActivityFilter.none()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) activityService.count(query.getFilter().orElse(ActivityFilter.none())));
        rows = provider.withConfigurableFilter();
        grid.setItems(rows);
        RowOpening.on(grid, row -> open(row.id()));
        grid.setEmptyStateText(getTranslation("activities.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        kind.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        program.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        onlyMine.addValueChangeListener(event -> refresh());
        refresh();
        add(top, filters, grid);
    }

    private void refresh() {
        ActivityFilter filter = new ActivityFilter(kind.getValue(), from.getValue(), to.getValue(),
                program.getValue() == null ? null : program.getValue().id(), status.getValue(), onlyMine.getValue());
        rows.setFilter(filter);
        count.setText(getTranslation("activities.count", activityService.count(filter)));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ActivityView.class, new RouteParameters(ActivityView.ID,
                String.valueOf(id))));
    }

    /**
     * Links from the indicators arrive with a filter: {@code ?tipo=BUSINESS_ROUND&estado=HELD&desde=2025-01-01&hasta=
     * 2025-12-31}; unknown values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("tipo").flatMap(value -> Arrays.stream(ActivityKind.values())
                .filter(k -> k.name().equals(value)).findFirst()).ifPresent(kind::setValue);
        parameters.getSingleParameter("estado").flatMap(value -> Arrays.stream(ActivityStatus.values())
                .filter(s -> s.name().equals(value)).findFirst()).ifPresent(status::setValue);
        parameters.getSingleParameter("desde").flatMap(ActivityListView::date).ifPresent(from::setValue);
        parameters.getSingleParameter("hasta").flatMap(ActivityListView::date).ifPresent(to::setValue);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.activities");
    }
}
