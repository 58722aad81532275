package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.BusinessMeetingDraft;
import cl.clusterminero.gestion.activity.BusinessMeetingRow;
import cl.clusterminero.gestion.activity.MeetingOutcome;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ClpField;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
/** A business round's one-to-one meetings: the schedule by slot and table, scheduling and the outcome of each. */
class BusinessRoundPanel extends VerticalLayout {

    private final ActivityService activityService;
    private final MemberService memberService;
    private final long activityId;
    private final boolean mayEdit;
    private final Grid<BusinessMeetingRow> grid = new Grid<>(BusinessMeetingRow.class, false);

    BusinessRoundPanel(ActivityService activityService, MemberService memberService, long activityId,
                       boolean mayEdit) {
        this.activityService = activityService;
        this.memberService = memberService;
        this.activityId = activityId;
        this.mayEdit = mayEdit;
        setPadding(false);
        setId("business-round");
        add(new H3(getTranslation("activity.meetings")));
        if (mayEdit) {
            add(scheduleRow());
        }
        grid.setId("business-meetings-grid");
        grid.addColumn(row -> row.slot().toString()).setHeader(getTranslation("activity.meeting.slot"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(BusinessMeetingRow::tableNumber).setHeader(getTranslation("activity.meeting.table"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(BusinessMeetingRow::miningCompanyName).setHeader(getTranslation("activity.meeting.mining"))
                .setFlexGrow(2).setTooltipGenerator(BusinessMeetingRow::miningCompanyName);
        grid.addColumn(BusinessMeetingRow::supplierName).setHeader(getTranslation("activity.meeting.supplier"))
                .setFlexGrow(2).setTooltipGenerator(BusinessMeetingRow::supplierName);
        grid.addColumn(this::outcomeText).setHeader(getTranslation("activity.meeting.outcome")).setFlexGrow(2);
        if (mayEdit) {
            grid.addComponentColumn(row -> {
                Button outcome = new Button(getTranslation("activity.meeting.record-outcome"),
                        click -> outcomeDialog(row).open());
                outcome.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button cancel = new Button(getTranslation("activity.meeting.cancel"),
                        click -> SaveAttempt.run(this, () -> {
                            activityService.cancelMeeting(row.id(), row.version());
                            Notices.success(getTranslation("activity.meeting.cancelled"));
                            refresh();
                        }, Map.of(), this::refresh));
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(outcome, cancel);
            }).setWidth("16rem").setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("activity.meetings.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        add(grid);
        refresh();
    }

    private String outcomeText(BusinessMeetingRow row) {
        if (row.outcome() == null) {
            return getTranslation("activity.outcome.none");
        }
        String text = getTranslation(row.outcome().labelKey());
        return row.contractAmount() == null ? text : text + " · " + DisplayFormats.clp(row.contractAmount());
    }

    private void refresh() {
        List<BusinessMeetingRow> rows = activityService.businessMeetings(activityId);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        if (rows.size() > 20) {
            grid.setHeight("36rem");
        }
    }

    private HorizontalLayout scheduleRow() {
        ComboBox<MemberOption> mining = memberPicker("activity.meeting.mining", MemberType.MINING_COMPANY);
        mining.setId("meeting-mining");
        ComboBox<MemberOption> supplier = memberPicker("activity.meeting.supplier", MemberType.SUPPLIER);
        supplier.setId("meeting-supplier");
        IntegerField table = new IntegerField(getTranslation("activity.meeting.table"));
        table.setWidth("6rem");
        table.setId("meeting-table");
        TimePicker slot = new TimePicker(getTranslation("activity.meeting.slot"));
        slot.setStep(Duration.ofMinutes(15));
        slot.setWidth("8rem");
        slot.setId("meeting-slot");
        Button schedule = new Button(getTranslation("activity.meeting.schedule"), VaadinIcon.PLUS.create(), click -> {
            SaveAttempt.run(this, () -> {
                activityService.scheduleMeeting(activityId, new BusinessMeetingDraft(
                        mining.getValue() == null ? null : mining.getValue().id(),
                        supplier.getValue() == null ? null : supplier.getValue().id(), table.getValue(),
                        slot.getValue()));
                Notices.success(getTranslation("activity.meeting.saved"));
                supplier.clear();
                refresh();
            }, Map.<String, HasValidation>of("miningCompany", mining, "supplier", supplier, "table", table,
                    "slot", slot), this::refresh);
        });
        schedule.setId("meeting-schedule");
        HorizontalLayout row = new HorizontalLayout(mining, supplier, table, slot, schedule);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private ComboBox<MemberOption> memberPicker(String labelKey, MemberType type) {
        ComboBox<MemberOption> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setItems(query -> memberService.options(type, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        picker.setItemLabelGenerator(MemberOption::label);
        picker.setWidth("20rem");
        return picker;
    }

    private Dialog outcomeDialog(BusinessMeetingRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.miningCompanyName() + " · " + row.supplierName());
        dialog.setId("outcome-dialog");
        Select<MeetingOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("activity.meeting.outcome"));
        outcome.setItems(MeetingOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        outcome.setValue(row.outcome());
        outcome.setId("outcome-value");
        ClpField amount = new ClpField(getTranslation("activity.meeting.amount"));
        amount.setId("outcome-amount");
        amount.setAmount(row.contractAmount());
        amount.setEnabled(row.outcome() == MeetingOutcome.CONTRACT);
        outcome.addValueChangeListener(event -> {
            amount.setEnabled(event.getValue() == MeetingOutcome.CONTRACT);
            if (event.getValue() != MeetingOutcome.CONTRACT) {
                amount.clear();
            }
        });
        TextArea note = new TextArea(getTranslation("activity.meeting.note"));
        note.setMaxLength(1000);
        note.setValue(row.outcomeNote() == null ? "" : row.outcomeNote());
        FormLayout form = new FormLayout(outcome, amount, note);
        form.setColspan(note, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("dialog.save"), click -> {
            Long clp = amount.amount().orElse(null);
            if (clp == null && !amount.getValue().isBlank()) {
                amount.setErrorMessage(getTranslation("activity.meeting.amount-invalid"));
                amount.setInvalid(true);
                return;
            }
            SaveAttempt.run(dialog, () -> {
                activityService.recordOutcome(row.id(), row.version(), outcome.getValue(), clp, note.getValue());
                Notices.success(getTranslation("activity.meeting.outcome-saved"));
                dialog.close();
                refresh();
            }, Map.<String, HasValidation>of("outcome", outcome, "amount", amount, "note", note), () -> {
                dialog.close();
                refresh();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("outcome-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
