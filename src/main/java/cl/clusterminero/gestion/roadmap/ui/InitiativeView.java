package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.Priority;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.roadmap.InitiativeDetails;
import cl.clusterminero.gestion.roadmap.MilestoneDraft;
import cl.clusterminero.gestion.roadmap.MilestoneRow;
import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.ProgressEntry;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import com.vaadin.flow.component.combobox.ComboBox;
import cl.clusterminero.gestion.roadmap.AxisOption;
import com.vaadin.flow.router.RouteParameters;
import java.util.stream.Collectors;
import java.util.List;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.roadmap.InitiativeMembers;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import cl.clusterminero.gestion.roadmap.DecisionRequestInfo;
import cl.clusterminero.gestion.roadmap.ReviewEntry;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.security.Role;
import com.vaadin.flow.component.textfield.TextArea;

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
                    click -> openCarryOver(details));
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

        add(boardSection(details));
        add(membersSection(details.editable()));

        H3 milestonesTitle = new H3(getTranslation("initiative.milestones"));
        HorizontalLayout milestonesHeader = new HorizontalLayout(milestonesTitle);
        milestonesHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (details.editable()) {
            Button add = new Button(getTranslation("milestone.add"), VaadinIcon.PLUS.create(),
                    click -> openMilestoneDialog(null));
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
                Button plan = new Button(getTranslation("milestone.edit"), click -> openMilestoneDialog(row));
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

    /** The lead member and partners; editors pick them from the registry (searched by name prefix). */
    private VerticalLayout membersSection(boolean editable) {
        InitiativeMembers members = roadmapService.members(initiativeId);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("initiative.members")));
        section.setPadding(false);
        section.setSpacing(false);
        Paragraph summary = new Paragraph(getTranslation("initiative.members.summary",
                members.lead() == null ? "—" : members.lead().legalName(),
                members.partners().isEmpty() ? "—" : members.partners().stream().map(MemberOption::legalName)
                        .collect(Collectors.joining(", "))));
        summary.setId("initiative-members");
        section.add(summary);
        if (editable) {
            ComboBox<MemberOption> lead = new ComboBox<>(getTranslation("initiative.lead"));
            lead.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
            lead.setItemLabelGenerator(MemberOption::label);
            lead.setClearButtonVisible(true);
            lead.setWidth("26em");
            lead.setValue(members.lead());
            MultiSelectComboBox<MemberOption> partners = new MultiSelectComboBox<>(
                    getTranslation("initiative.partners"));
            partners.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
            partners.setItemLabelGenerator(MemberOption::label);
            partners.setWidth("34em");
            partners.setValue(new java.util.HashSet<>(members.partners()));
            Button save = new Button(getTranslation("initiative.members.save"), click -> {
                roadmapService.setMembers(initiativeId, lead.getValue() == null ? null : lead.getValue().id(),
                        partners.getValue().stream().map(MemberOption::id).collect(Collectors.toSet()));
                Notices.success(getTranslation("initiative.members.saved"));
                reload();
            });
            save.setId("save-initiative-members");
            HorizontalLayout editors = new HorizontalLayout(lead, partners, save);
            editors.setAlignItems(FlexComponent.Alignment.BASELINE);
            editors.setWrap(true);
            section.add(editors);
        }
        return section;
    }

    /**
     * The board's part: a pending "requires board decision" flag (raised here by the program's manager or the
     * secretariat), the button board members use to review, and the review history, newest first.
     */
    private VerticalLayout boardSection(InitiativeDetails details) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("board-section");
        H3 heading = new H3(getTranslation("review.section"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        String label = details.data().code() + " · " + details.data().title();
        if (currentUser.hasRole(Role.BOARD) || currentUser.hasRole(Role.ADMIN)) {
            Button review = new Button(getTranslation("review.record"), VaadinIcon.GAVEL.create(),
                    click -> new ReviewDialog(reviewService, initiativeId, label, id -> reload()).open());
            review.setId("record-review");
            header.add(review);
        }
        section.add(header);
        Optional<DecisionRequestInfo> request = reviewService.openRequest(initiativeId);
        if (request.isPresent()) {
            Div flag = new Div(VaadinIcon.FLAG.create(), new Span(getTranslation("review.request.pending",
                    request.get().reason(), request.get().requestedByName(),
                    DisplayFormats.dateTime(request.get().requestedAt()))));
            flag.addClassName("decision-flag");
            flag.setId("decision-flag");
            section.add(flag);
        } else if (reviewService.mayRequestDecision(initiativeId)) {
            Button ask = new Button(getTranslation("review.request"), VaadinIcon.FLAG_O.create(),
                    click -> openDecisionRequest());
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ask.setId("request-decision");
            section.add(ask);
        }
        List<ReviewEntry> reviews = reviewService.reviews(initiativeId);
        Div history = new Div();
        history.addClassName("timeline");
        history.setId("review-history");
        for (ReviewEntry review : reviews) {
            Span when = new Span(DisplayFormats.dateTime(review.reviewedAt()) + " · " + review.reviewerName());
            when.addClassName("timeline-when");
            Span decision = RoadmapBadges.decision(this, review.decision());
            Paragraph comment = new Paragraph(review.comment());
            comment.addClassName("timeline-comment");
            Div item = new Div(when, decision, comment);
            item.addClassName("timeline-item");
            history.add(item);
        }
        if (reviews.isEmpty()) {
            history.add(new Paragraph(getTranslation("review.history.empty")));
        }
        section.add(history);
        return section;
    }

    private void openDecisionRequest() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.request"));
        dialog.setId("decision-request-dialog");
        dialog.setWidth("32rem");
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("review.reason.help"));
        reason.setId("decision-reason");
        dialog.add(reason);
        Button save = new Button(getTranslation("review.request.send"), click -> {
            SaveAttempt.run(dialog, () -> {
                reviewService.requestDecision(initiativeId, reason.getValue());
                Notices.success(getTranslation("review.request.sent"));
                dialog.close();
                reload();
            }, Map.of("reason", reason));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("decision-request-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
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

    /** Adds a milestone ({@code row} null) or changes the plan of one. */
    private void openMilestoneDialog(MilestoneRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "milestone.add" : "milestone.edit"));
        dialog.setId("milestone-dialog");
        TextField milestoneTitle = new TextField(getTranslation("milestone.title"));
        milestoneTitle.setMaxLength(200);
        milestoneTitle.setId("milestone-title");
        DatePicker due = DateFields.create(getTranslation("milestone.due"), getLocale());
        due.setId("milestone-due");
        IntegerField weight = new IntegerField(getTranslation("milestone.weight"));
        weight.setMin(1);
        weight.setValue(1);
        weight.setStepButtonsVisible(true);
        weight.setHelperText(getTranslation("milestone.weight.help"));
        TextField evidence = new TextField(getTranslation("milestone.evidence"));
        evidence.setMaxLength(500);
        if (row != null) {
            milestoneTitle.setValue(row.title());
            due.setValue(row.dueDate());
            weight.setValue(row.weight());
            evidence.setValue(row.evidenceUrl() == null ? "" : row.evidenceUrl());
        }
        dialog.add(new FormLayout(milestoneTitle, due, weight, evidence));
        Button save = new Button(getTranslation("dialog.save"), click -> {
            MilestoneDraft draft = new MilestoneDraft(milestoneTitle.getValue(), due.getValue(),
                    weight.getValue(), evidence.getValue());
            SaveAttempt.run(dialog, () -> {
                if (row == null) {
                    milestoneService.addMilestone(initiativeId, draft);
                } else {
                    milestoneService.updatePlan(row.id(), row.version(), draft);
                }
                Notices.success(getTranslation(row == null ? "milestone.added" : "milestone.saved"));
                dialog.close();
                reload();
            }, Map.<String, HasValidation>of("title", milestoneTitle, "dueDate", due, "weight", weight,
                    "evidenceUrl", evidence), "progress.stale", () -> {
                        dialog.close();
                        reload();
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("milestone-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openCarryOver(InitiativeDetails details) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("initiative.carry"));
        dialog.setId("carry-dialog");
        Select<cl.clusterminero.gestion.roadmap.RoadmapOption> target =
                new Select<>();
        target.setLabel(getTranslation("initiative.carry.roadmap"));
        target.setItems(roadmapService.roadmaps().stream()
                .filter(option -> !option.id().equals(details.roadmapId())).toList());
        target.setItemLabelGenerator(cl.clusterminero.gestion.roadmap.RoadmapOption::name);
        target.setId("carry-roadmap");
        ComboBox<cl.clusterminero.gestion.roadmap.AxisOption> axis =
                new ComboBox<>(getTranslation("initiative.carry.axis"));
        axis.setItemLabelGenerator(cl.clusterminero.gestion.roadmap.AxisOption::label);
        axis.setId("carry-axis");
        target.addValueChangeListener(event -> {
            axis.clear();
            axis.setItems(event.getValue() == null ? List.of()
                    : roadmapService.axes(event.getValue().id()));
        });
        dialog.add(new FormLayout(target, axis));
        Button save = new Button(getTranslation("initiative.carry"), click -> {
            if (target.getValue() == null || axis.getValue() == null) {
                axis.setInvalid(axis.getValue() == null);
                axis.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            SaveAttempt.run(dialog, () -> {
                long copy = roadmapService.carryOver(initiativeId, target.getValue().id(), axis.getValue().id());
                Notices.success(getTranslation("initiative.carry.done"));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                        new RouteParameters(ID, String.valueOf(copy))));
            }, Map.of());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("carry-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
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
