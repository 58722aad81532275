package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.MilestoneDraft;
import cl.clusterminero.gestion.roadmap.MilestoneRow;
import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a milestone to an initiative ({@code row} null) or changes the plan of one: title, due date, weight, evidence. */
class MilestoneDialog extends Dialog {

    MilestoneDialog(MilestoneService milestoneService, long initiativeId, MilestoneRow row, Runnable afterSave) {
        setHeaderTitle(getTranslation(row == null ? "milestone.add" : "milestone.edit"));
        setId("milestone-dialog");
        TextField title = new TextField(getTranslation("milestone.title"));
        title.setMaxLength(200);
        title.setId("milestone-title");
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
            title.setValue(row.title());
            due.setValue(row.dueDate());
            weight.setValue(row.weight());
            evidence.setValue(row.evidenceUrl() == null ? "" : row.evidenceUrl());
        }
        add(new FormLayout(title, due, weight, evidence));
        Button save = new Button(getTranslation("dialog.save"), click -> {
            MilestoneDraft draft = new MilestoneDraft(title.getValue(), due.getValue(), weight.getValue(),
                    evidence.getValue());
            SaveAttempt.run(this, () -> {
                if (row == null) {
                    milestoneService.addMilestone(initiativeId, draft);
                } else {
                    milestoneService.updatePlan(row.id(), row.version(), draft);
                }
                Notices.success(getTranslation(row == null ? "milestone.added" : "milestone.saved"));
                close();
                afterSave.run();
            }, Map.<String, HasValidation>of("title", title, "dueDate", due, "weight", weight,
                    "evidenceUrl", evidence), "progress.stale", () -> {
                        close();
                        afterSave.run();
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("milestone-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}
