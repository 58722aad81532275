package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityDraft;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.activity.InitiativeChoice;
import cl.clusterminero.gestion.program.ProgramOption;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
/**
 * Creates or edits an activity. A program manager is offered only the programs he manages; the service checks it
 * again. A stale save says so and reloads the page.
 */
class ActivityDialog extends Dialog {

    /**
     * @param activityId null for a new activity
     * @param current    the activity as the user saw it, or null for a new one
     */
    ActivityDialog(ActivityService activityService, ProgramService programService, CurrentUser currentUser,
                   Long activityId, long version, ActivityDraft current, LongConsumer afterSave) {
        setHeaderTitle(getTranslation(activityId == null ? "activity.new" : "activity.edit"));
        setId("activity-dialog");
        setWidth("48rem");
        Select<ActivityKind> kind = new Select<>();
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setValue(ActivityKind.WORKSHOP);
        kind.setId("activity-kind");
        TextField title = new TextField(getTranslation("activity.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setId("activity-title-field");
        DateTimePicker startsAt = dateTime("activity.starts-at");
        startsAt.setId("activity-starts");
        DateTimePicker endsAt = dateTime("activity.ends-at");
        endsAt.setId("activity-ends");
        startsAt.addValueChangeListener(event -> {
            if (event.getValue() != null && (endsAt.isEmpty() || endsAt.getValue().isBefore(event.getValue()))) {
                endsAt.setValue(event.getValue().plusHours(2));
            }
        });
        TextField place = new TextField(getTranslation("activity.place"));
        place.setMaxLength(200);
        place.setId("activity-place");
        TextField link = new TextField(getTranslation("activity.online-link"));
        link.setMaxLength(500);
        link.setId("activity-link");
        Set<Long> usable = activityService.programsCurrentUserMayUse();
        List<ProgramOption> programs = programService.options().stream()
                .filter(option -> usable.contains(option.id())).toList();
        ComboBox<ProgramOption> program = new ComboBox<>(getTranslation("activity.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramOption::label);
        program.setClearButtonVisible(true);
        program.setId("activity-program");
        ComboBox<InitiativeChoice> initiative = new ComboBox<>(getTranslation("activity.initiative"));
        initiative.setItemLabelGenerator(InitiativeChoice::label);
        initiative.setClearButtonVisible(true);
        initiative.setEnabled(false);
        initiative.setId("activity-initiative");
        program.addValueChangeListener(event -> {
            initiative.clear();
            initiative.setEnabled(event.getValue() != null);
            initiative.setItems(event.getValue() == null ? List.of()
                    : activityService.initiativesOf(event.getValue().id()));
        });
        List<UserOption> users = activityService.organisers();
        ComboBox<UserOption> organiser = new ComboBox<>(getTranslation("activity.organiser"));
        organiser.setItems(users);
        organiser.setItemLabelGenerator(UserOption::fullName);
        organiser.setRequiredIndicatorVisible(true);
        organiser.setId("activity-organiser");
        IntegerField capacity = new IntegerField(getTranslation("activity.capacity"));
        capacity.setStepButtonsVisible(true);
        capacity.setValue(30);
        capacity.setId("activity-capacity");
        Select<ActivityStatus> status = new Select<>();
        status.setLabel(getTranslation("activity.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setValue(ActivityStatus.PLANNED);
        status.setId("activity-status");
        TextArea description = new TextArea(getTranslation("activity.description"));
        description.setMaxLength(2000);
        description.setId("activity-description");
        boolean anyProgram = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.SECRETARIAT);
        if (current == null && !anyProgram && programs.size() == 1) {
            program.setValue(programs.getFirst());
        }
        if (current != null) {
            kind.setValue(current.kind());
            title.setValue(current.title());
            startsAt.setValue(current.startsAt());
            endsAt.setValue(current.endsAt());
            place.setValue(current.place() == null ? "" : current.place());
            link.setValue(current.onlineLink() == null ? "" : current.onlineLink());
            description.setValue(current.description() == null ? "" : current.description());
            programs.stream().filter(option -> option.id().equals(current.programId())).findFirst()
                    .ifPresent(program::setValue);
            if (current.initiativeId() != null) {
                initiative.getListDataView().getItems().filter(choice -> choice.id() == current.initiativeId())
                        .findFirst().ifPresent(initiative::setValue);
            }
            users.stream().filter(user -> user.id().equals(current.organiserId())).findFirst()
                    .ifPresent(organiser::setValue);
            capacity.setValue(current.capacity());
            status.setValue(current.status());
        } else {
            users.stream().filter(user -> user.id().equals(currentUser.require().id())).findFirst()
                    .ifPresent(organiser::setValue);
        }
        FormLayout form = new FormLayout(kind, status, title, startsAt, endsAt, place, link, program, initiative,
                organiser, capacity, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);

        Button save = new Button(getTranslation("dialog.save"), click -> {
            ActivityDraft draft = new ActivityDraft(kind.getValue(), title.getValue(), startsAt.getValue(),
                    endsAt.getValue(), place.getValue(), link.getValue(), description.getValue(),
                    program.getValue() == null ? null : program.getValue().id(),
                    initiative.getValue() == null ? null : initiative.getValue().id(),
                    organiser.getValue() == null ? null : organiser.getValue().id(), capacity.getValue(),
                    status.getValue());
            SaveAttempt.run(this, () -> {
                long id;
                if (activityId == null) {
                    id = activityService.create(draft);
                } else {
                    activityService.update(activityId, version, draft);
                    id = activityId;
                }
                Notices.success(getTranslation("activity.saved"));
                close();
                afterSave.accept(id);
            }, Map.<String, HasValidation>ofEntries( Map.entry("kind", kind), Map.entry("title", title), Map.entry("startsAt", startsAt), Map.entry("endsAt", endsAt), Map.entry("place", place), Map.entry("onlineLink", link), Map.entry("description", description), Map.entry("program", program), Map.entry("initiative", initiative), Map.entry("organiser", organiser), Map.entry("capacity", capacity), Map.entry("status", status)), () -> {
                close();
                afterSave.accept(activityId);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("activity-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }

    private DateTimePicker dateTime(String labelKey) {
        DateTimePicker picker = new DateTimePicker(getTranslation(labelKey));
        picker.setLocale(getLocale());
        picker.setDatePickerI18n(DateFields.create("", getLocale()).getI18n());
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }
}
