package cl.clusterminero.gestion.board.ui;

import cl.clusterminero.gestion.board.AgendaEntry;
import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDetails;
import cl.clusterminero.gestion.board.MeetingKind;
import cl.clusterminero.gestion.board.ResolutionDraft;
import cl.clusterminero.gestion.board.ResolutionRow;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.roadmap.ReviewQueueRow;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
/**
 * A board meeting's page: date, kind and place, attendees, the agenda (the secretariat adds the initiatives waiting
 * for a decision and free topics, and orders them), the resolutions taken, and the minutes as a PDF.
 */
@Route("directorio/sesiones/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final BoardMeetingService meetingService;
    private final ResolutionService resolutionService;
    private long meetingId;
    private String title = "";

    public MeetingView(BoardMeetingService meetingService, ResolutionService resolutionService) {
        this.meetingService = meetingService;
        this.resolutionService = resolutionService;
        addClassName("meeting-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, "meeting.not-found", id -> {
            meetingId = id;
            build(meetingService.meeting(id));
        });
    }

    private void build(MeetingDetails meeting) {
        removeAll();
        title = getTranslation("meeting.title", getTranslation(meeting.data().kind().labelKey()),
                DisplayFormats.date(meeting.data().date()));
        H2 heading = new H2(title);
        heading.setId("meeting-title");
        Paragraph facts = new Paragraph(getTranslation("meeting.location") + ": "
                + (meeting.data().location() == null ? "—" : meeting.data().location()));
        facts.addClassName("meeting-facts");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (meeting.mayPrepare()) {
            Button edit = new Button(getTranslation("meeting.edit"), VaadinIcon.EDIT.create(),
                    click -> new MeetingDialog(meetingService, meetingId, meeting.version(), meeting.data(),
                            id -> reload()).open());
            edit.setId("edit-meeting");
            actions.add(edit);
        }
        actions.add(minutesLink());
        add(heading, facts, actions);

        add(new H3(getTranslation("meeting.attendees")));
        Paragraph attendees = new Paragraph(meeting.attendeeNames().isEmpty()
                ? getTranslation("meeting.attendees.none") : String.join(", ", meeting.attendeeNames()));
        attendees.setId("meeting-attendee-names");
        add(attendees);
        if (meeting.data().notes() != null) {
            add(new H3(getTranslation("meeting.notes")), new Paragraph(meeting.data().notes()));
        }

        add(new H3(getTranslation("meeting.agenda")), agenda(meeting));
        if (meeting.mayPrepare()) {
            add(agendaEditor());
        }

        HorizontalLayout resolutionsHeader = new HorizontalLayout(new H3(getTranslation("meeting.resolutions")));
        resolutionsHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (meeting.mayRecordResolutions()) {
            Button record = new Button(getTranslation("resolution.record"), VaadinIcon.PLUS.create(),
                    click -> openResolutionDialog());
            record.setId("record-resolution");
            resolutionsHeader.add(record);
        }
        add(resolutionsHeader, resolutions(meeting.resolutions()));
        add(new ChangeHistory(() -> meetingService.changes(meetingId), Map.of(
                "kind", value -> getTranslation(MeetingKind.valueOf(value).labelKey()),
                "status", value -> getTranslation("DONE".equals(value) ? "resolution.state.DONE"
                        : "resolution.state.OPEN"),
                "owner_id", this::userName,
                "user_id", this::userName)));
    }

    private Anchor minutesLink() {
        Locale locale = getLocale();
        String fileName = "acta-directorio-" + meetingId + ".pdf";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = meetingService.minutesPdf(meetingId, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + getTranslation("meeting.minutes-pdf")));
        link.getElement().setAttribute("download", true);
        link.setId("minutes-pdf");
        return link;
    }

    private OrderedList agenda(MeetingDetails meeting) {
        OrderedList list = new OrderedList();
        list.addClassName("agenda-list");
        list.setId("agenda-list");
        List<AgendaEntry> entries = meeting.agenda();
        for (int i = 0; i < entries.size(); i++) {
            AgendaEntry entry = entries.get(i);
            ListItem item = new ListItem();
            if (entry.initiativeId() != null) {
                item.add(new Anchor("iniciativas/" + entry.initiativeId(), entry.topic()));
                Span kind = new Span(getTranslation("agenda.initiative"));
                kind.addClassName("agenda-kind");
                item.add(kind);
            } else {
                item.add(new Span(entry.topic()));
            }
            if (meeting.mayPrepare()) {
                item.add(small(VaadinIcon.ARROW_UP, "agenda.up", i > 0, () -> {
                    meetingService.moveAgendaItem(entry.id(), -1);
                    reload();
                }), small(VaadinIcon.ARROW_DOWN, "agenda.down", i < entries.size() - 1, () -> {
                    meetingService.moveAgendaItem(entry.id(), 1);
                    reload();
                }), small(VaadinIcon.CLOSE_SMALL, "agenda.remove", true, () -> {
                    meetingService.removeFromAgenda(entry.id());
                    reload();
                }));
            }
            list.add(item);
        }
        if (entries.isEmpty()) {
            list.add(new ListItem(getTranslation("meeting.agenda.empty")));
        }
        return list;
    }

    private Button small(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }

    /** The secretariat adds an initiative waiting for a board decision, or a free topic, to the end of the agenda. */
    private HorizontalLayout agendaEditor() {
        ComboBox<ReviewQueueRow> initiative = new ComboBox<>(getTranslation("agenda.add-initiative"));
        initiative.setItems(meetingService.agendaCandidates(meetingId));
        initiative.setItemLabelGenerator(row -> row.code() + " · " + row.title());
        initiative.setPlaceholder(getTranslation("agenda.add-initiative.placeholder"));
        initiative.setWidth("28rem");
        initiative.setId("agenda-initiative");
        Button addInitiative = new Button(getTranslation("agenda.add"), click -> {
            if (initiative.getValue() == null) {
                initiative.setErrorMessage(getTranslation("validation.required"));
                initiative.setInvalid(true);
                return;
            }
            SaveAttempt.run(this, () -> {
                meetingService.addInitiativeToAgenda(meetingId, initiative.getValue().initiativeId());
                reload();
            }, Map.of("initiative", initiative));
        });
        addInitiative.setId("agenda-add-initiative");
        TextField topic = new TextField(getTranslation("agenda.add-topic"));
        topic.setMaxLength(500);
        topic.setWidth("24rem");
        topic.setId("agenda-topic");
        Button addTopic = new Button(getTranslation("agenda.add"), click -> {
            SaveAttempt.run(this, () -> {
                meetingService.addTopicToAgenda(meetingId, topic.getValue());
                reload();
            }, Map.of("topic", topic));
        });
        addTopic.setId("agenda-add-topic");
        HorizontalLayout editor = new HorizontalLayout(initiative, addInitiative, topic, addTopic);
        editor.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        return editor;
    }

    private Grid<ResolutionRow> resolutions(List<ResolutionRow> rows) {
        Grid<ResolutionRow> grid = new Grid<>(ResolutionRow.class, false);
        grid.setId("resolutions-grid");
        grid.addColumn(ResolutionRow::text).setHeader(getTranslation("resolution.text")).setFlexGrow(4);
        grid.addColumn(ResolutionRow::ownerName).setHeader(getTranslation("resolution.owner")).setFlexGrow(2);
        grid.addColumn(row -> DisplayFormats.date(row.deadline())).setHeader(getTranslation("resolution.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResolutionBadge.renderer(this)).setHeader(getTranslation("resolution.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.doneNote() == null ? "" : row.doneNote())
                .setHeader(getTranslation("resolution.done-note")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("meeting.resolutions.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private void openResolutionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resolution.record"));
        dialog.setId("resolution-dialog");
        dialog.setWidth("36rem");
        TextArea text = new TextArea(getTranslation("resolution.text"));
        text.setMaxLength(2000);
        text.setId("resolution-text");
        ComboBox<UserOption> owner = new ComboBox<>(getTranslation("resolution.owner"));
        owner.setItems(resolutionService.possibleOwners());
        owner.setItemLabelGenerator(UserOption::fullName);
        owner.setId("resolution-owner");
        DatePicker deadline = DateFields.create(getTranslation("resolution.deadline"), getLocale());
        deadline.setId("resolution-deadline");
        FormLayout form = new FormLayout(text, owner, deadline);
        form.setColspan(text, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("dialog.save"), click -> {
            SaveAttempt.run(dialog, () -> {
                resolutionService.record(meetingId, new ResolutionDraft(text.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), deadline.getValue()));
                Notices.success(getTranslation("resolution.recorded"));
                dialog.close();
                reload();
            }, Map.<String, HasValidation>of("text", text, "owner", owner, "deadline", deadline));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("resolution-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String userName(String id) {
        return meetingService.userNames(List.of(Long.valueOf(id))).getOrDefault(Long.valueOf(id), id);
    }

    private void reload() {
        build(meetingService.meeting(meetingId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
