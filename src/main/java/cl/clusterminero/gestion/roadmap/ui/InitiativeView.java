package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.roadmap.InitiativeDetails;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.MilestoneRow;
import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.Priority;
import cl.clusterminero.gestion.roadmap.ProgressEntry;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
/**
 * An initiative's page, its id in the URL: where it sits in the roadmap, its progress and health, its milestones
 * (with progress updates for those who may change them) and the timeline of signed progress updates.
 */
@Route("iniciativas/:id")
@PermitAll
public class InitiativeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final RoadmapService roadmapService;
    private final MilestoneService milestoneService;
    private final MemberService memberService;
    private final ProgramService programService;
    private final CurrentUser currentUser;
    private final ReviewService reviewService;
    private final Clock clock;
    private long initiativeId;
    private String title = "";

    public InitiativeView(RoadmapService roadmapService, MilestoneService milestoneService,
                          ProgramService programService, MemberService memberService, ReviewService reviewService,
                          CurrentUser currentUser, Clock clock) {
        this.reviewService = reviewService;
        this.memberService = memberService;
        this.roadmapService = roadmapService;
        this.programService = programService;
        this.currentUser = currentUser;
        this.milestoneService = milestoneService;
        this.clock = clock;
        addClassName("initiative-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, "initiative.not-found", id -> {
            initiativeId = id;
            build(roadmapService.initiative(id));
        });
    }

    private void build(InitiativeDetails details) {
        removeAll();
        title = details.data().code() + " · " + details.data().title();
        H2 name = new H2(title);
        name.setId("initiative-title");
        Span where = new Span(details.roadmapName() + " · " + details.axisName()
                + (details.programName() == null ? "" : " · " + details.programName()));
        where.addClassName("initiative-where");
        Span status = new Span(getTranslation(details.data().status().labelKey()));
        status.addClassName("status-badge");
        Span health = RoadmapBadges.health(this, details.health());
        health.setId("initiative-health");
        health.setTitle(getTranslation("health.help"));
        ProgressBar bar = new ProgressBar(0, 100, details.progress());
        bar.setWidth("14rem");
        bar.getElement().setAttribute("aria-label", getTranslation("initiative.progress", details.progress()));
        Span percent = new Span(getTranslation("initiative.progress", details.progress()));
        percent.setId("initiative-progress");
        HorizontalLayout facts = new HorizontalLayout(status, health, bar, percent);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        if (details.editable()) {
            Button edit = new Button(getTranslation("initiative.edit"), VaadinIcon.EDIT.create(),
                    click -> new InitiativeDialog(roadmapService,
                            InitiativeDialog.allowedPrograms(programService, currentUser), details.roadmapId(),
                            details.id(), details.version(), details.data(), id -> reload()).open());
            edit.setId("edit-initiative");
            Button carry = new Button(getTranslation("initiative.carry"), VaadinIcon.ARROW_FORWARD.create(),
                    click -> new CarryOverDialog(roadmapService, initiativeId, details.roadmapId(),
                            copy -> getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                                    new RouteParameters(ID, String.valueOf(copy))))).open());
            carry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            carry.setId("carry-initiative");
            facts.add(edit, carry);
        }
        Div header = new Div(name, where, facts);
        header.addClassName("initiative-header");
        add(header);
        if (details.carriedFromId() != null) {
            Anchor original = new Anchor(
                    "iniciativas/" + details.carriedFromId(), getTranslation("initiative.carried-from"));
            original.setId("carried-from");
            add(original);
        }
        if (details.data().description() != null) {
            add(new Paragraph(details.data().description()));
        }
        Paragraph owner = new Paragraph(getTranslation("initiative.owner-dates",
                details.data().ownerName() == null ? "—" : details.data().ownerName(),
                DisplayFormats.date(details.data().startDate()), DisplayFormats.date(details.data().targetDate())));
        owner.addClassName("initiative-owner");
        add(owner);

        add(new BoardSection(reviewService, currentUser, initiativeId, title, this::reload));
        add(new InitiativeMembersSection(roadmapService, memberService, initiativeId, details.editable(),
                this::reload));

        H3 milestonesTitle = new H3(getTranslation("initiative.milestones"));
        HorizontalLayout milestonesHeader = new HorizontalLayout(milestonesTitle);
        milestonesHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (details.editable()) {
            Button add = new Button(getTranslation("milestone.add"), VaadinIcon.PLUS.create(),
                    click -> new MilestoneDialog(milestoneService, initiativeId, null, this::reload).open());
            add.setId("add-milestone");
            milestonesHeader.add(add);
        }
        add(milestonesHeader, milestonesGrid(details.editable()));

        add(new H3(getTranslation("initiative.timeline")), timeline());
        add(new ChangeHistory(() -> roadmapService.initiativeChanges(initiativeId), Map.of(
                "status", InitiativeView.this::statusLabel,
                "priority", value -> getTranslation(Priority.valueOf(value).labelKey()))));
    }

    private Grid<MilestoneRow> milestonesGrid(boolean editable) {
        Grid<MilestoneRow> grid = new Grid<>(MilestoneRow.class, false);
        grid.setId("milestones-grid");
        grid.addColumn(MilestoneRow::title).setHeader(getTranslation("milestone.title")).setFlexGrow(3);
        grid.addColumn(LitRenderer.<MilestoneRow>of(
                        "<span class=\"due ${item.overdue ? 'overdue' : ''}\">${item.due}</span>")
                        .withProperty("due", row -> DisplayFormats.date(row.dueDate()))
                        .withProperty("overdue", MilestoneRow::overdue))
                .setHeader(getTranslation("milestone.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MilestoneRow::weight).setHeader(getTranslation("milestone.weight")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setHeader(getTranslation("milestone.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.percent() + "%").setHeader(getTranslation("milestone.percent")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.date(row.completedDate()))
                .setHeader(getTranslation("milestone.completed")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(row -> {
                Button update = new Button(getTranslation("progress.record"), click -> new ProgressDialog(
                        milestoneService, row.id(), row.version(), row.title(), row.status(), row.percent(),
                        LocalDate.now(clock), this::reload).open());
                update.addThemeVariants(ButtonVariant.LUMO_SMALL);
                update.setId("record-progress-" + row.id());
                Button plan = new Button(getTranslation("milestone.edit"), click -> new MilestoneDialog(milestoneService, initiativeId, row,
                        this::reload).open());
                plan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                plan.setId("edit-milestone-" + row.id());
                return new HorizontalLayout(update, plan);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        // On a phone: the milestone, its status and, for its managers, the buttons.
        PhoneColumns.keep(grid, grid.getColumns().getFirst(), grid.getColumns().get(3), grid.getColumns().getLast());
        grid.setItems(roadmapService.milestones(initiativeId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("initiative.milestones.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Div timeline() {
        Div timeline = new Div();
        timeline.addClassName("timeline");
        timeline.setId("progress-timeline");
        for (ProgressEntry entry : roadmapService.timeline(initiativeId)) {
            Span when = new Span(DisplayFormats.date(entry.date()) + " · " + entry.authorName());
            when.addClassName("timeline-when");
            String from = entry.oldStatus() == null ? "" : getTranslation(entry.oldStatus().labelKey()) + " "
                    + entry.oldPercent() + "% → ";
            Span what = new Span(entry.milestoneTitle() + ": " + from + getTranslation(entry.newStatus().labelKey())
                    + " " + entry.newPercent() + "%");
            what.addClassName("timeline-what");
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("timeline-comment");
            Div item = new Div(when, what, comment);
            item.addClassName("timeline-item");
            timeline.add(item);
        }
        if (timeline.getChildren().findAny().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("initiative.timeline.empty")));
        }
        return timeline;
    }

    /** Initiatives and milestones both have a "status" column; their values do not overlap except IN_PROGRESS. */
    private String statusLabel(String value) {
        try {
            return getTranslation(InitiativeStatus.valueOf(value).labelKey());
        } catch (IllegalArgumentException e) {
            return getTranslation(MilestoneStatus.valueOf(value).labelKey());
        }
    }

    private void reload() {
        build(roadmapService.initiative(initiativeId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
