package cl.clusterminero.gestion.board.ui;

import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDraft;
import cl.clusterminero.gestion.board.MeetingKind;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
/** The secretariat prepares a meeting: date, kind, place, attending board members and notes (new or existing). */
class MeetingDialog extends Dialog {

    /**
     * @param meetingId null for a new meeting
     * @param current   the meeting as the user saw it, or null for a new one
     */
    MeetingDialog(BoardMeetingService meetingService, Long meetingId, long version, MeetingDraft current,
                  LongConsumer afterSave) {
        setHeaderTitle(getTranslation(meetingId == null ? "meeting.new" : "meeting.edit"));
        setId("meeting-dialog");
        setWidth("40rem");
        DatePicker date = DateFields.create(getTranslation("meeting.date"), getLocale());
        date.setId("meeting-date");
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setValue(MeetingKind.ORDINARY);
        kind.setId("meeting-kind");
        TextField location = new TextField(getTranslation("meeting.location"));
        location.setMaxLength(160);
        location.setId("meeting-location");
        List<UserOption> board = meetingService.boardMembers();
        MultiSelectComboBox<UserOption> attendees = new MultiSelectComboBox<>(getTranslation("meeting.attendees"));
        attendees.setItems(board);
        attendees.setItemLabelGenerator(UserOption::fullName);
        attendees.setId("meeting-attendees");
        TextArea notes = new TextArea(getTranslation("meeting.notes"));
        notes.setMaxLength(4000);
        notes.setId("meeting-notes");
        if (current != null) {
            date.setValue(current.date());
            kind.setValue(current.kind());
            location.setValue(current.location() == null ? "" : current.location());
            notes.setValue(current.notes() == null ? "" : current.notes());
            attendees.setValue(board.stream().filter(user -> current.attendeeIds().contains(user.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(date, kind, location, attendees, notes);
        form.setColspan(location, 2);
        form.setColspan(attendees, 2);
        form.setColspan(notes, 2);
        add(form);

        Button save = new Button(getTranslation("dialog.save"), click -> {
            MeetingDraft draft = new MeetingDraft(date.getValue(), kind.getValue(), location.getValue(),
                    notes.getValue(), attendees.getValue().stream().map(UserOption::id).collect(Collectors.toSet()));
            SaveAttempt.run(this, () -> {
                long id;
                if (meetingId == null) {
                    id = meetingService.createMeeting(draft);
                } else {
                    meetingService.updateMeeting(meetingId, version, draft);
                    id = meetingId;
                }
                Notices.success(getTranslation("meeting.saved"));
                close();
                afterSave.accept(id);
            }, Map.<String, HasValidation>of("date", date, "kind", kind, "location", location, "notes", notes, "attendees", attendees), () -> {
                close();
                afterSave.accept(meetingId);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}
