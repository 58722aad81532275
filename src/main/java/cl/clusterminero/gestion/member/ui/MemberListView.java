package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberCount;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberRow;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberTransferService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.OnDemandPopover;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;

/**
 * The member registry as a lazy grid: text search on name or RUT prefix, filters by type, commune, size and status,
 * sorting and counting in the database. Every role reads it; the secretariat and admin also create, export and
 * import.
 */
@Route("socios")
@PermitAll
@Menu(title = "nav.members", order = 10, icon = "vaadin:building")
public class MemberListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MemberService memberService;
    private final Grid<MemberRow> grid = new Grid<>(MemberRow.class, false);
    private final TextField search = new TextField();
    private final Button filtersButton = new Button(VaadinIcon.FILTER.create());
    private final Div activeFilters = new Div();
    private final Span count = new Span();
    private final List<Grid.Column<MemberRow>> baseColumns = new ArrayList<>();
    private Grid.Column<MemberRow> sizeColumn;
    private Grid.Column<MemberRow> joinDateColumn;
    // The filters' values live here; their combo boxes exist only while the filters popover is open.
    private MemberType type;
    private Commune commune;
    private CompanySize size;
    private MembershipStatus status;
    private boolean withoutRecentParticipation;
    private final boolean canEdit;
    private long lastCount;
    private boolean lastCountExact;

    public MemberListView(MemberService memberService, MemberTransferService transferService,
                          CurrentUser currentUser) {
        this.memberService = memberService;
        this.canEdit = currentUser.mayCall(MemberService.class, "create");
        addClassName("member-list-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("members.search"));
        // A native title rather than a Vaadin Tooltip: one component less in every session.
        search.getElement().setAttribute("title", getTranslation("members.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("29em");
        search.setMaxWidth("100%");
        search.setId("members-search");
        search.addValueChangeListener(event -> refresh());

        configureFilters();

        count.addClassName("result-count");
        count.setId("members-count");

        FlexLayout filters = new FlexLayout(search, filtersButton, activeFilters);
        filters.addClassName("filter-bar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout actions = new HorizontalLayout(count);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        count.getStyle().set("flex-grow", "1");
        if (canEdit) {
            Button create = new Button(getTranslation("members.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(MemberEditorView.class,
                            new RouteParameters(MemberEditorView.ID, MemberEditorView.NEW))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-member");
            actions.add(new MemberExportMenu(transferService, this::currentFilter, this::currentSort,
                    this::exportSize), create);
        }

        configureGrid();
        add(filters, actions, grid);
    }

    /**
     * The four filters sit in a popover behind one button and are built when it opens: a session with the list open
     * carries a button and the active filters, not four combo boxes with their data (memory per session). The
     * active filters show beside the button as chips that remove them.
     */
    private void configureFilters() {
        filtersButton.setId("members-filters");
        OnDemandPopover.attach(filtersButton, "members-filters-popover", PopoverPosition.BOTTOM_START,
                this::filterFields);
        activeFilters.addClassName("active-filters");
        activeFilters.setId("members-active-filters");
        showActiveFilters();
    }

    private Div filterFields(OnDemandPopover popover) {
        Button clear = new Button(getTranslation("members.filters.clear"), click -> {
            popover.close();
            withoutRecentParticipation = false;
            setFilters(null, null, null, null);
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filters-clear");
        Div fields = new Div(
                filterField("members.filter.type", MemberType.values(), MemberType::labelKey, "filter-type",
                        type, value -> type = value),
                filterField("members.filter.commune", Commune.values(), Commune::labelKey, "filter-commune",
                        commune, value -> commune = value),
                filterField("members.filter.size", CompanySize.values(), CompanySize::labelKey, "filter-size",
                        size, value -> size = value),
                filterField("members.filter.status", MembershipStatus.values(), MembershipStatus::labelKey,
                        "filter-status", status, value -> status = value),
                participationField(),
                clear,
                new H4(getTranslation("members.columns.more")),
                optionalColumnChoice("members.column.size", "column-size", sizeColumn != null,
                        this::toggleSizeColumn),
                optionalColumnChoice("members.column.join-date", "column-join-date", joinDateColumn != null,
                        this::toggleJoinDateColumn));
        fields.addClassName("filter-fields");
        return fields;
    }

    private <T extends Enum<T>> ComboBox<T> filterField(String labelKey, T[] values, Function<T, String> itemKey,
                                                        String id, T current, Consumer<T> setter) {
        ComboBox<T> field = new ComboBox<>(getTranslation(labelKey));
        field.setItems(Arrays.asList(values));
        field.setItemLabelGenerator(value -> getTranslation(itemKey.apply(value)));
        field.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("members.filter.any"));
        field.setValue(current);
        field.setId(id);
        field.addValueChangeListener(event -> {
            setter.accept(event.getValue());
            filtersChanged();
        });
        return field;
    }

    private Checkbox participationField() {
        Checkbox field = new Checkbox(getTranslation("members.filter.quiet"), withoutRecentParticipation);
        field.setId("filter-quiet");
        field.addValueChangeListener(event -> {
            withoutRecentParticipation = event.getValue();
            filtersChanged();
        });
        return field;
    }

    private void setFilters(MemberType type, Commune commune, CompanySize size, MembershipStatus status) {
        this.type = type;
        this.commune = commune;
        this.size = size;
        this.status = status;
        filtersChanged();
    }

    private void filtersChanged() {
        refresh();
        showActiveFilters();
    }

    private void showActiveFilters() {
        activeFilters.removeAll();
        chip("members.filter.type", type == null ? null : type.labelKey(), () -> type = null);
        chip("members.filter.commune", commune == null ? null : commune.labelKey(), () -> commune = null);
        chip("members.filter.size", size == null ? null : size.labelKey(), () -> size = null);
        chip("members.filter.status", status == null ? null : status.labelKey(), () -> status = null);
        chip("members.filter.participation", withoutRecentParticipation ? "members.filter.quiet" : null,
                () -> withoutRecentParticipation = false);
        countActiveFilters();
    }

    private void countActiveFilters() {
        int active = activeFilters.getComponentCount();
        filtersButton.setText(active == 0 ? getTranslation("members.filters")
                : getTranslation("members.filters.active", active));
    }

    private void chip(String labelKey, String valueKey, Runnable clear) {
        if (valueKey == null) {
            return;
        }
        String text = getTranslation(labelKey) + ": " + getTranslation(valueKey);
        // Removing a chip leaves the other chips in place: a second quick click on another chip, sent before the
        // first one's answer arrived, still finds its chip (rebuilding them all made the server drop that click).
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create());
        chip.addClickListener(click -> {
            clear.run();
            activeFilters.remove(chip);
            refresh();
            countActiveFilters();
        });
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chip.addClassName("filter-chip");
        chip.setAriaLabel(getTranslation("members.filters.remove", text));
        activeFilters.add(chip);
    }

    private void configureGrid() {
        grid.setId("members-grid");
        // Pages of 25 rows (not 50): the grid keeps the rows the browser holds in memory for every session, and a
        // compact grid shows about 20 rows at once.
        grid.setPageSize(25);
        grid.addColumn(MemberRow::formattedRut).setHeader(getTranslation("members.column.rut")).setSortProperty("rut")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MemberRow::legalName).setHeader(getTranslation("members.column.legal-name"))
                .setSortProperty("legalName").setFlexGrow(3).setResizable(true);
        grid.addColumn(row -> getTranslation(row.type().labelKey())).setHeader(getTranslation("members.column.type"))
                .setSortProperty("type").setFlexGrow(2).setResizable(true);
        grid.addColumn(row -> getTranslation(row.commune().labelKey()))
                .setHeader(getTranslation("members.column.commune")).setSortProperty("commune").setFlexGrow(1);
        grid.addColumn(LitRenderer.<MemberRow>of(
                        "<span class=\"status-badge status-${item.code}\">${item.label}</span>")
                        .withProperty("code", row -> row.status().name())
                        .withProperty("label", row -> getTranslation(row.status().labelKey())))
                .setHeader(getTranslation("members.column.status")).setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        baseColumns.addAll(grid.getColumns());
        // On a phone: the name and the status; the row opens the member with the rest.
        PhoneColumns.keep(grid, baseColumns.get(1), baseColumns.get(4));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        RowOpening.on(grid, row -> getUI().ifPresent(ui -> ui.navigate(MemberEditorView.class,
                new RouteParameters(MemberEditorView.ID, String.valueOf(row.id())))));
    }

    /**
     * Size and join date are columns the user adds from the filters popover: a grid column weighs about 5 kB in
     * every session with the list open, and these two are read less than the others (they are on the member's page
     * and in the exports).
     */
    private Checkbox optionalColumnChoice(String labelKey, String id, boolean shown, Runnable toggle) {
        Checkbox choice = new Checkbox(getTranslation(labelKey), shown);
        choice.setId(id);
        choice.addValueChangeListener(event -> toggle.run());
        return choice;
    }

    private void toggleSizeColumn() {
        sizeColumn = toggled(sizeColumn, () -> grid.addColumn(
                        row -> row.size() == null ? "" : getTranslation(row.size().labelKey()))
                .setHeader(getTranslation("members.column.size")).setSortProperty("size").setWidth("8.5rem")
                .setFlexGrow(0));
        orderColumns();
    }

    private void toggleJoinDateColumn() {
        joinDateColumn = toggled(joinDateColumn, () -> grid.addColumn(row -> DisplayFormats.date(row.joinDate()))
                .setHeader(getTranslation("members.column.join-date")).setSortProperty("joinDate")
                .setTextAlign(ColumnTextAlign.END).setWidth("11rem").setFlexGrow(0));
        orderColumns();
    }

    /** Adds the column if it is not shown, removes it if it is; returns it, or null once removed. */
    private Grid.Column<MemberRow> toggled(Grid.Column<MemberRow> shown, Supplier<Grid.Column<MemberRow>> add) {
        if (shown == null) {
            return add.get();
        }
        // A list sorted by a column that goes away goes back to the default order (by legal name).
        if (grid.getSortOrder().stream().anyMatch(order -> order.getSorted() == shown)) {
            grid.sort(List.of());
        }
        grid.removeColumn(shown);
        return null;
    }

    /** RUT, name, type, commune, then size if shown, status, then join date if shown. */
    private void orderColumns() {
        List<Grid.Column<MemberRow>> order = new ArrayList<>(baseColumns.subList(0, 4));
        if (sizeColumn != null) {
            order.add(sizeColumn);
        }
        order.add(baseColumns.get(4));
        if (joinDateColumn != null) {
            order.add(joinDateColumn);
        }
        grid.setColumnOrder(order);
    }

    private MemberFilter currentFilter() {
        return new MemberFilter(search.getValue(), type, commune, size, status, withoutRecentParticipation);
    }

    /** The grid's current sort, so that an export lists rows in the order the user sees them. */
    private Sort currentSort() {
        List<GridSortOrder<MemberRow>> orders = grid.getSortOrder();
        if (orders.isEmpty()) {
            return Sort.by("legalName");
        }
        GridSortOrder<MemberRow> order = orders.getFirst();
        return order.getSorted().getSortOrder(order.getDirection()).findFirst()
                .map(sort -> Sort.by(sort.getDirection() == SortDirection.DESCENDING
                        ? Sort.Direction.DESC : Sort.Direction.ASC, sort.getSorted()))
                .orElse(Sort.by("legalName"));
    }

    void refresh() {
        MemberFilter filter = currentFilter();
        MemberCount total = memberService.countForGrid(filter);
        lastCount = total.value();
        lastCountExact = total.exact();
        CallbackDataProvider.FetchCallback<MemberRow, Void> fetch =
                query -> memberService.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        int size = (int) Math.min(Integer.MAX_VALUE, total.value());
        switch (total.precision()) {
            case EXACT -> {
                count.setText(getTranslation("members.count", total.value()));
                grid.setItems(fetch, query -> size);
            }
            case ABOUT -> {
                // No COUNT(*) over the whole registry: the grid scrolls over InnoDB's estimate and finds the end
                // itself when a page comes back short.
                count.setText(getTranslation("members.count.about", total.value()));
                grid.setItems(fetch).setItemCountEstimate(size);
            }
            case MORE_THAN -> {
                count.setText(getTranslation("members.count.more-than", total.value()));
                GridLazyDataView<MemberRow> view = grid.setItems(fetch);
                view.setItemCountEstimate(size + 1);
                view.setItemCountEstimateIncrease(MemberService.EXACT_COUNT_LIMIT);
            }
        }
    }

    /** The rows an export will write, for its progress bar: exact, counted now if the grid shows an estimate. */
    private long exportSize() {
        return lastCountExact ? lastCount : memberService.count(currentFilter());
    }

    /**
     * Links from the dashboard and the indicators arrive with a filter: {@code ?tipo=SUPPLIER}, {@code ?comuna=CALAMA},
     * {@code ?tamano=SMALL} or {@code ?estado=WITHDRAWN}.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        MemberType linkedType = linked(parameters, "tipo", MemberType.class);
        Commune linkedCommune = linked(parameters, "comuna", Commune.class);
        CompanySize linkedSize = linked(parameters, "tamano", CompanySize.class);
        MembershipStatus linkedStatus = linked(parameters, "estado", MembershipStatus.class);
        // The grid loads here, once: with the link's filter when there is one (the constructor does not load it).
        if (linkedType != null || linkedCommune != null || linkedSize != null || linkedStatus != null) {
            setFilters(linkedType, linkedCommune, linkedSize, linkedStatus);
        } else {
            refresh();
        }
    }

    /** A link's filter value, e.g. {@code ?tipo=SUPPLIER}; none when absent or not one of the values. */
    private static <T extends Enum<T>> T linked(Map<String, List<String>> parameters, String name, Class<T> type) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst()
                .flatMap(value -> Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value))
                        .findFirst())
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
