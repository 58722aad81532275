package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ApplicationRow;
import cl.clusterminero.gestion.activity.ChallengeDetails;
import cl.clusterminero.gestion.activity.ChallengeService;
import cl.clusterminero.gestion.activity.ChallengeStatus;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
/** A challenge: the problem, its state with who changed it when, the applications, and the secretariat's steps. */
@Route("desafios/:id")
@PermitAll
public class ChallengeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ChallengeService challengeService;
    private final MemberService memberService;
    private long challengeId;
    private String title = "";

    public ChallengeView(ChallengeService challengeService, MemberService memberService) {
        this.challengeService = challengeService;
        this.memberService = memberService;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, "challenge.not-found", id -> {
            challengeId = id;
            build(challengeService.challenge(id));
        });
    }

    private void reload() {
        build(challengeService.challenge(challengeId));
    }

    private void build(ChallengeDetails challenge) {
        removeAll();
        title = challenge.data().title();
        H2 heading = new H2(title);
        heading.setId("challenge-heading");
        Paragraph facts = new Paragraph(getTranslation("challenge.mining") + ": " + challenge.miningCompanyName()
                + " · " + getTranslation("challenge.operation") + ": " + challenge.data().operation() + " · "
                + getTranslation("challenge.deadline") + ": " + DisplayFormats.date(challenge.data().deadline()));
        Paragraph status = new Paragraph(getTranslation("challenge.status") + ": "
                + getTranslation(challenge.status().labelKey()) + " · " + getTranslation("challenge.last-change",
                DisplayFormats.dateTime(challenge.statusChangedAt()), challenge.statusChangedBy()));
        status.setId("challenge-status");
        add(heading, facts, status, new H3(getTranslation("challenge.problem")),
                new Paragraph(challenge.data().problem()));

        add(new H3(getTranslation("challenge.applications")));
        boolean open = challenge.status() == ChallengeStatus.PUBLISHED;
        if (challenge.mayManage() && open) {
            add(applicationRow());
        }
        Grid<ApplicationRow> grid = new Grid<>(ApplicationRow.class, false);
        grid.setId("applications-grid");
        grid.addColumn(ApplicationRow::supplierName).setHeader(getTranslation("challenge.supplier")).setFlexGrow(2);
        grid.addColumn(ApplicationRow::proposal).setHeader(getTranslation("challenge.proposal")).setFlexGrow(4)
                .setTooltipGenerator(ApplicationRow::proposal);
        grid.addColumn(row -> row.id() == (challenge.winnerApplicationId() == null ? -1
                        : challenge.winnerApplicationId()) ? getTranslation("challenge.winner")
                        : row.shortlisted() ? getTranslation("challenge.shortlisted") : "")
                .setHeader(getTranslation("challenge.status")).setWidth("10rem").setFlexGrow(0);
        grid.setItems(challenge.applications());
        grid.setEmptyStateText(getTranslation("challenge.applications.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        if (challenge.mayManage() && open) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        } else if (challenge.mayManage() && challenge.status() == ChallengeStatus.SHORTLISTED) {
            grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        }
        add(grid);
        if (challenge.mayManage() && !challenge.status().finished()) {
            add(steps(challenge, grid));
        }
        add(new ChangeHistory(() -> challengeService.changes(challengeId), Map.of(
                "status", value -> getTranslation(ChallengeStatus.valueOf(value).labelKey()))));
    }

    private HorizontalLayout applicationRow() {
        ComboBox<MemberOption> supplier = new ComboBox<>(getTranslation("challenge.supplier"));
        supplier.setItems(query -> memberService.options(MemberType.SUPPLIER, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        supplier.setItemLabelGenerator(MemberOption::label);
        supplier.setWidth("22rem");
        supplier.setId("application-supplier");
        TextArea proposal = new TextArea(getTranslation("challenge.proposal"));
        proposal.setMaxLength(1000);
        proposal.setWidth("30rem");
        proposal.setId("application-proposal");
        Button apply = new Button(getTranslation("challenge.apply"), click -> {
            try {
                challengeService.apply(challengeId, supplier.getValue() == null ? null : supplier.getValue().id(),
                        proposal.getValue());
                Notices.success(getTranslation("challenge.applied"));
                reload();
            } catch (InvalidInputException e) {
                FieldValidation.show(this, e.problems(), Map.<String, HasValidation>of("supplier", supplier,
                        "proposal", proposal));
            }
        });
        apply.setId("application-save");
        HorizontalLayout row = new HorizontalLayout(supplier, proposal, apply);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout steps(ChallengeDetails challenge, Grid<ApplicationRow> grid) {
        HorizontalLayout steps = new HorizontalLayout();
        if (challenge.status() == ChallengeStatus.PUBLISHED) {
            Button shortlist = new Button(getTranslation("challenge.shortlist"), click -> step(() ->
                    challengeService.shortlist(challengeId, challenge.version(), grid.getSelectedItems().stream()
                            .map(ApplicationRow::id).collect(Collectors.toSet()))));
            shortlist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            shortlist.setId("challenge-shortlist");
            steps.add(shortlist);
        } else {
            Button award = new Button(getTranslation("challenge.award"), click -> awardSelected(challenge, grid, false));
            award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            award.setId("challenge-award");
            Button pilot = new Button(getTranslation("challenge.pilot"), click -> awardSelected(challenge, grid, true));
            pilot.setId("challenge-pilot");
            steps.add(award, pilot);
        }
        Button close = new Button(getTranslation("challenge.close"), click -> step(() ->
                challengeService.closeWithoutAward(challengeId, challenge.version())));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setId("challenge-close");
        steps.add(close);
        return steps;
    }

    private void awardSelected(ChallengeDetails challenge, Grid<ApplicationRow> grid, boolean pilot) {
        Set<ApplicationRow> selected = grid.getSelectedItems();
        step(() -> challengeService.award(challengeId, challenge.version(),
                selected.isEmpty() ? -1 : selected.iterator().next().id(), pilot));
    }

    private void step(Runnable change) {
        SaveAttempt.run(this, () -> {
            change.run();
            Notices.success(getTranslation("challenge.changed"));
            reload();
        }, Map.of(), this::reload);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
