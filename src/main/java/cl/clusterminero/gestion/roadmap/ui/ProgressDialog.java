package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.ProgressDraft;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
/**
 * The one dialog that records progress on a milestone: new status, percentage, completion date when done, and the
 * comment that signs the change. The service checks everything again, including who may do it.
 */
class ProgressDialog extends Dialog {

    ProgressDialog(MilestoneService milestoneService, long milestoneId, long version, String milestoneTitle,
                   MilestoneStatus currentStatus, int currentPercent, LocalDate today, Runnable afterSave) {
        setHeaderTitle(getTranslation("progress.dialog.title", milestoneTitle));
        setWidth("34rem");
        setId("progress-dialog");

        Select<MilestoneStatus> status = new Select<>();
        status.setLabel(getTranslation("progress.status"));
        status.setItems(Arrays.asList(MilestoneStatus.values()));
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setValue(currentStatus);
        status.setId("progress-status");
        IntegerField percent = new IntegerField(getTranslation("progress.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setStep(5);
        percent.setValue(currentPercent);
        percent.setSuffixComponent(new Span("%"));
        percent.setId("progress-percent");
        DatePicker completed = DateFields.create(getTranslation("progress.completed-date"), getLocale());
        completed.setMax(today);
        completed.setValue(today);
        completed.setId("progress-completed");
        TextArea comment = new TextArea(getTranslation("progress.comment"));
        comment.setMaxLength(2000);
        comment.setPlaceholder(getTranslation("progress.comment.placeholder"));
        comment.setId("progress-comment");
        Runnable showDone = () -> {
            boolean done = status.getValue() == MilestoneStatus.DONE;
            completed.setVisible(done);
            percent.setEnabled(!done);
            if (done) {
                percent.setValue(100);
            }
        };
        status.addValueChangeListener(event -> showDone.run());
        showDone.run();

        FormLayout form = new FormLayout(status, percent, completed, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26em", 2));
        form.setColspan(comment, 2);
        add(form);

        Button save = new Button(getTranslation("progress.save"), click -> {
            SaveAttempt.run(this, () -> {
                milestoneService.recordProgress(milestoneId, version, new ProgressDraft(status.getValue(),
                        percent.getValue(), completed.isVisible() ? completed.getValue() : null, comment.getValue()));
                Notices.success(getTranslation("progress.saved"));
                close();
                afterSave.run();
            }, Map.<String, HasValidation>of("status", status, "percent", percent, "completedDate", completed, "comment", comment), "progress.stale", () -> {
                close();
                afterSave.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("progress-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}
