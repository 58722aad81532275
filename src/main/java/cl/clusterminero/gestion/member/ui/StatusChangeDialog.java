package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.MemberDetails;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
/** Moves a member along its lifecycle: only the allowed next statuses are offered; the service checks again. */
class StatusChangeDialog extends Dialog {

    StatusChangeDialog(MemberService memberService, MemberDetails details, LocalDate today, Runnable afterChange) {
        setHeaderTitle(getTranslation("member.change-status.title", details.legalName()));
        setWidth("32rem");
        setId("status-dialog");

        Select<MembershipStatus> status = new Select<>();
        status.setLabel(getTranslation("member.change-status.to"));
        status.setItems(details.status().allowedNext());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setId("status-to");
        DatePicker date = DateFields.create(getTranslation("member.change-status.date"), getLocale());
        date.setValue(today);
        date.setMax(today);
        date.setId("status-date");
        TextArea reason = new TextArea(getTranslation("member.change-status.reason"));
        reason.setMaxLength(500);
        reason.setId("status-reason");
        FormLayout form = new FormLayout(status, date, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button confirm = new Button(getTranslation("member.change-status.confirm"), click -> {
            SaveAttempt.run(this, () -> {
                memberService.changeStatus(details.id(), details.version(), status.getValue(), date.getValue(),
                        reason.getValue());
                Notices.success(getTranslation("member.change-status.done",
                        getTranslation(status.getValue().labelKey())));
                close();
                afterChange.run();
            }, Map.<String, HasValidation>of("status", status, "date", date, "reason", reason), "member.stale", () -> {
                close();
                afterChange.run();
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("status-confirm");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), confirm);
    }
}
