package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberCount;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberRow;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberTransferService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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
    private final ComboBox<MemberType> type = new ComboBox<>();
    private final ComboBox<Commune> commune = new ComboBox<>();
    private final ComboBox<CompanySize> size = new ComboBox<>();
    private final ComboBox<MembershipStatus> status = new ComboBox<>();
    private final Span count = new Span();
    private final boolean canEdit;
    private long lastCount;
    private boolean lastCountExact;

    public MemberListView(MemberService memberService, MemberTransferService transferService,
                          CurrentUser currentUser) {
        this.memberService = memberService;
        this.canEdit = currentUser.hasRole(Role.SECRETARIAT) || currentUser.hasRole(Role.ADMIN);
        addClassName("member-list-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("members.search"));
        // A native title rather than a Vaadin Tooltip: one component less in every session.
        search.getElement().setAttribute("title", getTranslation("members.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("members-search");
        search.addValueChangeListener(event -> refresh());

        configureFilter(type, "members.filter.type", MemberType.values(), MemberType::labelKey, "filter-type");
        configureFilter(commune, "members.filter.commune", Commune.values(), Commune::labelKey, "filter-commune");
        configureFilter(size, "members.filter.size", CompanySize.values(), CompanySize::labelKey, "filter-size");
        configureFilter(status, "members.filter.status", MembershipStatus.values(), MembershipStatus::labelKey,
                "filter-status");

        count.addClassName("result-count");
        count.setId("members-count");

        FlexLayout filters = new FlexLayout(search, type, commune, size, status);
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
            Button importButton = new Button(getTranslation("members.import"), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(MemberImportView.class)));
            importButton.setId("import-members");
            actions.add(new MemberExportMenu(transferService, this::currentFilter, this::currentSort,
                    this::exportSize), importButton,
                    create);
        }

        configureGrid();
        add(filters, actions, grid);
        refresh();
    }

    private <T extends Enum<T>> void configureFilter(ComboBox<T> filter, String labelKey, T[] values,
                                                     Function<T, String> itemKey, String id) {
        filter.setPlaceholder(getTranslation(labelKey));
        filter.setAriaLabel(getTranslation(labelKey));
        filter.setItems(Arrays.asList(values));
        filter.setItemLabelGenerator(value -> getTranslation(itemKey.apply(value)));
        filter.setClearButtonVisible(true);
        filter.setWidth("11em");
        filter.setId(id);
        filter.addValueChangeListener(event -> refresh());
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
        grid.addColumn(row -> row.size() == null ? "" : getTranslation(row.size().labelKey()))
                .setHeader(getTranslation("members.column.size")).setSortProperty("size").setWidth("8.5em")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<MemberRow>of(
                        "<span class=\"status-badge status-${item.code}\">${item.label}</span>")
                        .withProperty("code", row -> row.status().name())
                        .withProperty("label", row -> getTranslation(row.status().labelKey())))
                .setHeader(getTranslation("members.column.status")).setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.date(row.joinDate()))
                .setHeader(getTranslation("members.column.join-date")).setSortProperty("joinDate")
                .setTextAlign(ColumnTextAlign.END).setWidth("11em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(MemberEditorView.class,
                new RouteParameters(MemberEditorView.ID, String.valueOf(event.getItem().id())))));
    }

    private MemberFilter currentFilter() {
        return new MemberFilter(search.getValue(), type.getValue(), commune.getValue(), size.getValue(),
                status.getValue());
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

    /** Links from the dashboard arrive with a filter: {@code ?tipo=SUPPLIER} or {@code ?comuna=CALAMA}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("tipo", List.of()).stream().findFirst()
                .flatMap(value -> Arrays.stream(MemberType.values()).filter(t -> t.name().equals(value)).findFirst())
                .ifPresent(type::setValue);
        parameters.getOrDefault("comuna", List.of()).stream().findFirst()
                .flatMap(value -> Arrays.stream(Commune.values()).filter(c -> c.name().equals(value)).findFirst())
                .ifPresent(commune::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
