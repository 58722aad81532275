package cl.clusterminero.gestion.shell.ui;

import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The start page: a greeting and, for each of the user's roles, what that role does here. The board's dashboard
 * (roadmap health as pictures) follows, with figures computed in SQL.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final RoadmapService roadmapService;
    private final MemberService memberService;
    private final LocalPurchaseService purchaseService;

    public HomeView(CurrentUser currentUser, RoadmapService roadmapService, MemberService memberService,
                    LocalPurchaseService purchaseService) {
        this.currentUser = currentUser;
        this.roadmapService = roadmapService;
        this.memberService = memberService;
        this.purchaseService = purchaseService;
        addClassName("home-view");
    }

    /**
     * Built at every entry, not once: Vaadin keeps the view when the user navigates to the page already shown
     * (clicking "Inicio" again), and the dashboard's figures should then be today's.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AppUserPrincipal user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.fullName()));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.purpose")));

        Div cards = new Div();
        cards.addClassName("role-cards");
        for (Role role : user.roles()) {
            Div card = new Div(new H3(getTranslation(role.labelKey())),
                    new Paragraph(getTranslation("home.role." + role.name())));
            card.addClassName("role-card");
            card.setId("role-card-" + role.name());
            cards.add(card);
        }
        add(cards);
        add(new DashboardPanel(roadmapService.currentSummary().orElse(null), memberService,
                purchaseService.clusterShareSummary().orElse(null), user.hasRole(Role.PROGRAM_MANAGER)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
