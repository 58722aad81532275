package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityDetails;
import cl.clusterminero.gestion.activity.ActivityDraft;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.activity.Attendance;
import cl.clusterminero.gestion.activity.ParticipantRow;
import cl.clusterminero.gestion.member.ContactRow;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.CurrentUser;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
/**
 * One activity: its facts, the .ics download, the registered contacts with their attendance and, for a business
 * round, its one-to-one meetings. Editing controls show only to those the service lets edit this activity.
 */
@Route("actividades/:id")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ActivityService activityService;
    private final ProgramService programService;
    private final MemberService memberService;
    private final CurrentUser currentUser;
    private long activityId;
    private String title = "";

    public ActivityView(ActivityService activityService, ProgramService programService, MemberService memberService,
                        CurrentUser currentUser) {
        this.activityService = activityService;
        this.programService = programService;
        this.memberService = memberService;
        this.currentUser = currentUser;
        addClassName("activity-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, "activity.not-found", id -> {
            activityId = id;
            build(activityService.activity(id));
        });
    }

    private void reload() {
        build(activityService.activity(activityId));
    }

    private void build(ActivityDetails activity) {
        removeAll();
        ActivityDraft data = activity.data();
        title = data.title();
        H2 heading = new H2(data.title());
        heading.setId("activity-title");
        add(heading);
        Div facts = new Div();
        facts.addClassName("activity-facts");
        facts.setId("activity-facts");
        fact(facts, "activity.kind", getTranslation(data.kind().labelKey()));
        fact(facts, "activity.status", getTranslation(data.status().labelKey())).setId("activity-status-value");
        fact(facts, "activity.starts-at", DisplayFormats.dateTime(data.startsAt()));
        fact(facts, "activity.ends-at", DisplayFormats.dateTime(data.endsAt()));
        fact(facts, "activity.place", data.place() == null ? "—" : data.place());
        if (data.onlineLink() != null) {
            Paragraph line = new Paragraph(getTranslation("activity.online-link") + ": ");
            Anchor link = new Anchor(data.onlineLink(), data.onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(link);
            facts.add(line);
        }
        fact(facts, "activity.program", activity.programLabel() == null ? "—" : activity.programLabel());
        fact(facts, "activity.initiative", activity.initiativeLabel() == null ? "—" : activity.initiativeLabel());
        fact(facts, "activity.organiser", activity.organiserName());
        fact(facts, "activity.registered", getTranslation("activity.registered-of", activity.registered(),
                data.capacity())).setId("activity-registered");
        add(facts);
        if (data.description() != null) {
            add(new H3(getTranslation("activity.description")), new Paragraph(data.description()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (activity.mayEdit()) {
            Button edit = new Button(getTranslation("activity.edit"), VaadinIcon.EDIT.create(),
                    click -> new ActivityDialog(activityService, programService, currentUser, activityId,
                            activity.version(), data, id -> reload()).open());
            edit.setId("edit-activity");
            actions.add(edit);
        }
        actions.add(icsLink());
        if (activity.mayEdit() && data.status() == ActivityStatus.HELD) {
            Button importAttendance = new Button(getTranslation("attendance.import.title"),
                    VaadinIcon.UPLOAD.create(), click -> getUI().ifPresent(ui -> ui.navigate(
                            AttendanceImportView.class, new RouteParameters(ID, String.valueOf(activityId)))));
            importAttendance.setId("import-attendance");
            actions.add(importAttendance);
        }
        add(actions);

        add(new H3(getTranslation("activity.participants")));
        if (activity.mayEdit() && data.status() != ActivityStatus.CANCELLED) {
            add(registrationRow());
        }
        add(participants(activity));
        if (data.kind() == ActivityKind.BUSINESS_ROUND) {
            add(new BusinessRoundPanel(activityService, memberService, activityId, activity.mayEdit()));
        }
        add(new ChangeHistory(() -> activityService.changes(activityId), Map.of(
                "kind", value -> getTranslation(ActivityKind.valueOf(value).labelKey()),
                "status", value -> getTranslation(ActivityStatus.valueOf(value).labelKey()),
                "attendance", value -> getTranslation(Attendance.valueOf(value).labelKey()))));
    }

    private Paragraph fact(Div facts, String labelKey, String value) {
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        line.add(label, new Span(value));
        facts.add(line);
        return line;
    }

    private Anchor icsLink() {
        String fileName = "actividad-" + activityId + ".ics";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = activityService.ics(activityId);
            return new DownloadResponse(new ByteArrayInputStream(ics), fileName, "text/calendar", ics.length);
        }), "");
        link.add(VaadinIcon.CALENDAR.create(), new Span(" " + getTranslation("activity.ics")));
        link.getElement().setAttribute("download", true);
        link.setId("activity-ics");
        return link;
    }

    private HorizontalLayout registrationRow() {
        ComboBox<MemberOption> member = new ComboBox<>(getTranslation("activity.member"));
        member.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        member.setItemLabelGenerator(MemberOption::label);
        member.setWidth("26rem");
        member.setId("register-member");
        ComboBox<ContactRow> contact = new ComboBox<>(getTranslation("activity.contact"));
        contact.setItemLabelGenerator(row -> row.email() == null ? row.fullName()
                : row.fullName() + " (" + row.email() + ")");
        contact.setWidth("22rem");
        contact.setEnabled(false);
        contact.setId("register-contact");
        member.addValueChangeListener(event -> {
            contact.clear();
            contact.setEnabled(event.getValue() != null);
            contact.setItems(event.getValue() == null ? List.of() : memberService.contacts(event.getValue().id()));
        });
        Button register = new Button(getTranslation("activity.register"), VaadinIcon.PLUS.create(), click -> {
            try {
                activityService.register(activityId, member.getValue() == null ? null : member.getValue().id(),
                        contact.getValue() == null ? null : contact.getValue().id());
                Notices.success(getTranslation("activity.registered.saved"));
                reload();
            } catch (InvalidInputException e) {
                FieldValidation.show(this, e.problems(), Map.<String, HasValidation>of("member", member,
                        "contact", contact));
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-contact-button");
        HorizontalLayout row = new HorizontalLayout(member, contact, register);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Grid<ParticipantRow> participants(ActivityDetails activity) {
        boolean held = activity.data().status() == ActivityStatus.HELD;
        Grid<ParticipantRow> grid = new Grid<>(ParticipantRow.class, false);
        grid.setId("participants-grid");
        grid.addColumn(ParticipantRow::memberName).setHeader(getTranslation("activity.member")).setFlexGrow(2)
                .setTooltipGenerator(ParticipantRow::memberName);
        grid.addColumn(ParticipantRow::contactName).setHeader(getTranslation("activity.contact")).setFlexGrow(2);
        grid.addColumn(row -> row.email() == null ? "—" : row.email()).setHeader(getTranslation("activity.email"))
                .setFlexGrow(2);
        if (activity.mayEdit() && held) {
            grid.addComponentColumn(this::attendanceSelect).setHeader(getTranslation("activity.attendance"))
                    .setWidth("12rem").setFlexGrow(0);
        } else {
            grid.addColumn(row -> row.attendance() == null ? getTranslation("activity.attendance.none")
                    : getTranslation(row.attendance().labelKey())).setHeader(getTranslation("activity.attendance"))
                    .setWidth("10rem").setFlexGrow(0);
        }
        if (activity.mayEdit()) {
            grid.addComponentColumn(row -> {
                Button remove = new Button(getTranslation("activity.unregister"),
                        click -> SaveAttempt.run(this, () -> {
                            activityService.unregister(row.id(), row.version());
                            Notices.success(getTranslation("activity.unregistered"));
                            reload();
                        }, Map.of(), this::reload));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setWidth("7rem").setFlexGrow(0);
        }
        List<ParticipantRow> rows = activityService.participants(activityId);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("activity.participants.empty"));
        grid.setAllRowsVisible(rows.size() <= 15);
        if (rows.size() > 15) {
            grid.setHeight("32rem");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Select<Attendance> attendanceSelect(ParticipantRow row) {
        Select<Attendance> select = new Select<>();
        select.setItems(Attendance.values());
        select.setItemLabelGenerator(value -> value == null ? getTranslation("activity.attendance.none")
                : getTranslation(value.labelKey()));
        select.setPlaceholder(getTranslation("activity.attendance.none"));
        select.setValue(row.attendance());
        select.setId("attendance-" + row.contactId());
        select.setWidthFull();
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            SaveAttempt.run(this, () -> {
                activityService.recordAttendance(row.id(), row.version(), event.getValue());
                Notices.success(getTranslation("activity.attendance.saved"));
                reload();
            }, Map.of("attendance", select), this::reload);
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
