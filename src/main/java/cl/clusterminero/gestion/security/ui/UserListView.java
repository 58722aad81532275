package cl.clusterminero.gestion.security.ui;

import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.security.UserSummary;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.util.stream.Collectors;

/** The admin's list of users and their roles; lazy, filtered and sorted in the database. */
@Route("usuarios")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final TextField search = new TextField();
    private final Span count = new Span();

    public UserListView(UserService userService) {
        this.userService = userService;
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("users-search");
        search.setWidth("22em");
        search.addValueChangeListener(event -> refresh());
        count.addClassName("result-count");

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(userService, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout toolbar = new HorizontalLayout(search, count, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setSortProperty("username")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("users.full-name")).setSortProperty("fullName")
                .setFlexGrow(2).setTooltipGenerator(UserSummary::fullName);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setSortProperty("email")
                .setFlexGrow(2).setTooltipGenerator(UserSummary::email);
        grid.addColumn(user -> user.roles().stream().map(Role::labelKey).map(this::getTranslation)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(1);
        grid.addColumn(user -> getTranslation(user.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status")).setSortProperty("enabled").setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: the person and whether the account is enabled.
        PhoneColumns.keep(grid, grid.getColumns().get(1), grid.getColumns().get(4));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setId("users-grid");
        RowOpening.on(grid, row -> new UserDialog(userService, userService.account(row.id()), this::refresh).open());
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        String filter = search.getValue();
        grid.setItems(
                query -> userService.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) userService.count(filter));
        count.setText(getTranslation("users.count", userService.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
