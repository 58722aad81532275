package cl.clusterminero.gestion.shell.ui;

import cl.clusterminero.gestion.board.Attention;
import cl.clusterminero.gestion.board.AttentionService;
import cl.clusterminero.gestion.notification.ui.MailPreferencesView;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.ui.ChangePasswordView;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.ui.OnDemandPopover;
import cl.clusterminero.gestion.shell.GlobalSearchService;
import cl.clusterminero.gestion.shell.NavigationMenu;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every view: a side navigation listing only the views the user's roles may open (Vaadin filters
 * the {@code @Menu} entries by the same access annotations that guard the routes), and the user's name, roles,
 * language choice and logout in the navbar.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final AttentionService attentionService;
    private final NavigationMenu navigationMenu;
    private final GlobalSearchService globalSearch;
    private final Span viewTitle = new Span();
    private final Button alertsButton = new Button(VaadinIcon.BELL.create());
    private final Span alertsCount = new Span();
    private List<Attention> alerts = List.of();

    public MainLayout(CurrentUser currentUser, AttentionService attentionService, NavigationMenu navigationMenu,
                      GlobalSearchService globalSearch) {
        this.currentUser = currentUser;
        this.globalSearch = globalSearch;
        this.attentionService = attentionService;
        this.navigationMenu = navigationMenu;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(true, new DrawerToggle(), titleAndUser());
    }

    /** The app's name, with the corporation's short name drawn by CSS from an attribute: one element, not five. */
    private Div brand() {
        Div brand = new Div();
        brand.setText(getTranslation("app.name"));
        brand.getElement().setAttribute("data-organisation", getTranslation("app.organisation-short"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : navigationMenu.entries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout titleAndUser() {
        viewTitle.addClassName("view-title");
        HorizontalLayout bar = new HorizontalLayout(viewTitle);
        bar.addClassName("navbar-content");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        currentUser.get().ifPresent(user -> bar.add(searchButton(), alerts(), userMenu(user)));
        return bar;
    }

    /** Opens the global search; Ctrl+K does it from anywhere in the app. */
    private Button searchButton() {
        Button open = new Button(VaadinIcon.SEARCH.create(), event -> openSearch());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        open.setId("global-search-button");
        open.setAriaLabel(getTranslation("search.open"));
        open.getElement().setAttribute("title", getTranslation("search.open"));
        open.addClassName("navbar-icon-button");
        Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.CONTROL);
        return open;
    }

    private void openSearch() {
        new GlobalSearchDialog(globalSearch).openAndFocus();
    }

    /** A bell with the number of things waiting for the user; it opens the list, each item linking to its view. */
    private Div alerts() {
        alertsButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        alertsButton.setId("alerts-button");
        alertsCount.addClassName("alerts-count");
        alertsCount.setId("alerts-count");
        // The list is built when the bell is clicked and dropped when it closes: every view carries only the bell
        // and its count, not a popover with a component per alert that is rarely looked at (memory per session).
        OnDemandPopover.attach(alertsButton, "alerts-popover", PopoverPosition.BOTTOM_END, popover -> alertList());
        Div wrapper = new Div(alertsButton, alertsCount);
        wrapper.addClassName("alerts-button");
        return wrapper;
    }

    private void refreshAlerts() {
        alerts = attentionService.forCurrentUser();
        long total = alerts.stream().mapToLong(Attention::count).sum();
        alertsCount.setText(total > 99 ? "99+" : String.valueOf(total));
        alertsCount.setVisible(total > 0);
        alertsButton.setAriaLabel(getTranslation("attention.title", total));
        // A native title rather than a Vaadin Tooltip: one component less in every session.
        alertsButton.getElement().setAttribute("title", getTranslation("attention.title", total));
    }

    private Div alertList() {
        Div list = new Div();
        list.addClassName("alerts-list");
        list.setId("alerts-list");
        if (alerts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("attention.none"));
            none.addClassName("alerts-empty");
            list.add(none);
        }
        for (Attention item : alerts) {
            Anchor link = new Anchor(item.route(), getTranslation(item.key(), item.count()));
            link.addClassName("alert-item");
            list.add(link);
        }
        return list;
    }

    /**
     * The user's avatar, name and roles as a button that opens a popover with the language switch, the password
     * change and the logout. The popover's buttons are built when it opens and dropped when it closes: every view
     * carries only the trigger, not a menu that is opened a few times a day (memory per session).
     */
    private Button userMenu(AppUserPrincipal user) {
        Avatar avatar = new Avatar(user.fullName());
        // Two initials (first name, first surname), as Chileans write them: "MR" for "María José Rojas Castillo".
        avatar.setAbbreviation(initials(user.fullName()));
        avatar.addClassName("user-avatar");
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Span roles = new Span(user.roles().stream().map(Role::labelKey).map(this::getTranslation)
                .collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        Div who = new Div(name, roles);
        who.addClassName("user-who");

        Button trigger = new Button();
        trigger.setPrefixComponent(avatar);
        trigger.getElement().appendChild(who.getElement());
        trigger.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        trigger.addClassName("user-menu-button");
        trigger.setId("user-menu");
        // On a phone only the avatar shows: the button still says whose menu it is.
        trigger.getElement().setAttribute("aria-label", getTranslation("user.menu.label", user.fullName()));

        OnDemandPopover.attach(trigger, "user-menu-popover", PopoverPosition.BOTTOM_END, this::userMenuItems);
        return trigger;
    }

    private Div userMenuItems(OnDemandPopover popover) {
        boolean english = TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Locale other = english ? TranslationProvider.SPANISH_CHILE : TranslationProvider.ENGLISH;
        return OnDemandPopover.menu(
                popover.choice(VaadinIcon.GLOBE, getTranslation(english ? "menu.to-spanish" : "menu.to-english"),
                        "switch-language", () -> switchTo(other)),
                popover.choice(VaadinIcon.KEY, getTranslation("password.change"), "change-password",
                        () -> UI.getCurrent().navigate(ChangePasswordView.class)),
                popover.choice(VaadinIcon.ENVELOPE, getTranslation("mail.preferences.menu"), "mail-preferences",
                        () -> UI.getCurrent().navigate(
                                MailPreferencesView.class)),
                popover.choice(VaadinIcon.SIGN_OUT, getTranslation("menu.logout"), "logout", currentUser::logout));
    }

    static String initials(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        // Chilean names end in two surnames: the first of them is the second to last word.
        String surname = words.length >= 3 ? words[words.length - 2] : words.length == 2 ? words[1] : "";
        return (words[0].substring(0, 1) + (surname.isEmpty() ? "" : surname.substring(0, 1))).toUpperCase();
    }

    /** Remembers the choice in a cookie for the next session and reloads so every text is rebuilt. */
    private void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                + "location.reload();", TranslationProvider.LANGUAGE_COOKIE, locale.toLanguageTag());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle dynamic
                ? dynamic.getPageTitle() : "";
        viewTitle.setText(title);
        if (currentUser.get().isPresent()) {
            refreshAlerts();
        }
    }
}
