package cl.clusterminero.gestion.security.ui;

import cl.clusterminero.gestion.security.AuditLogService;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditLogFilter;
import cl.clusterminero.gestion.shared.audit.AuditLogRow;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The admin's global audit log: every audited transaction, newest first, filtered by record type, person, dates. */
@Route("auditoria")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.audit", order = 92, icon = "vaadin:records")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** Records with a page of their own, linked from the log. */
    private static final Map<String, String> ROUTES = Map.of("member", "socios/", "initiative", "iniciativas/",
            "program", "programas/", "board_meeting", "directorio/sesiones/",
            "local_purchase_report", "compras-locales/");

    private final AuditLogService auditLogService;
    private final Grid<AuditLogRow> grid = new Grid<>(AuditLogRow.class, false);
    private final ComboBox<String> table = new ComboBox<>();
    private final TextField user = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Span count = new Span();

    public AuditLogView(AuditLogService auditLogService) {
        this.auditLogService = auditLogService;
        setSizeFull();
        table.setLabel(getTranslation("audit.log.table"));
        table.setItems(AuditTrail.TABLES.stream().sorted().toList());
        table.setItemLabelGenerator(name -> getTranslation("audit.table." + name));
        table.setClearButtonVisible(true);
        table.setId("audit-table");
        user.setLabel(getTranslation("audit.log.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setId("audit-user");
        from = DateFields.create(getTranslation("audit.log.from"), getLocale());
        to = DateFields.create(getTranslation("audit.log.to"), getLocale());
        table.addValueChangeListener(event -> refresh());
        user.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        count.addClassName("result-count");
        count.setId("audit-count");
        HorizontalLayout filters = new HorizontalLayout(table, user, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(row -> DisplayFormats.dateTime(row.at())).setHeader(getTranslation("audit.log.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.fullName() + " (" + row.username() + ")").setHeader(getTranslation("audit.log.who"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::touched).setHeader(getTranslation("audit.log.what")).setFlexGrow(3);
        // On a phone: when and what changed.
        PhoneColumns.keep(grid, grid.getColumns().get(0), grid.getColumns().get(2));
        grid.setEmptyStateText(getTranslation("audit.log.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    private Div touched(AuditLogRow row) {
        Div list = new Div();
        list.addClassName("audit-touched");
        if (row.touched().size() > 8) {
            // Bulk work (imports, seeding): one line per kind of record instead of hundreds of links.
            row.touched().stream().collect(Collectors.groupingBy(
                            item -> getTranslation("audit.table." + item.table()) + " · "
                                    + getTranslation(item.kind().labelKey()), TreeMap::new,
                            Collectors.counting()))
                    .forEach((label, n) -> list.add(new Span(label + " × " + n)));
            return list;
        }
        for (AuditLogRow.Touched item : row.touched()) {
            String text = getTranslation("audit.table." + item.table()) + " #" + item.rowId() + " · "
                    + getTranslation(item.kind().labelKey());
            String route = ROUTES.get(item.table());
            list.add(route == null || item.kind() == AuditEntry.Kind.DELETED
                    ? new Span(text) : new Anchor(route + item.rowId(), text));
        }
        return list;
    }

    private void refresh() {
        AuditLogFilter filter = new AuditLogFilter(table.getValue(), user.getValue(), from.getValue(), to.getValue());
        grid.setItems(query -> auditLogService.log(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) auditLogService.count(filter));
        count.setText(getTranslation("audit.log.count", auditLogService.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
