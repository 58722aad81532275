package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.ReviewDecision;
import cl.clusterminero.gestion.roadmap.ReviewDraft;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.LongConsumer;

/** A board member records a review of an initiative: a decision and a comment, both required. */
public class ReviewDialog extends Dialog {

    public ReviewDialog(ReviewService reviewService, long initiativeId, String initiativeLabel,
                        LongConsumer afterSave) {
        setHeaderTitle(getTranslation("review.record"));
        setId("review-dialog");
        setWidth("34rem");
        Paragraph what = new Paragraph(initiativeLabel);
        what.addClassName("dialog-subject");
        RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>(getTranslation("review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        decision.setHelperText(getTranslation("review.decision.help"));
        decision.setId("review-decision");
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setMinHeight("7rem");
        comment.setId("review-comment");
        add(what, decision, comment);

        Button save = new Button(getTranslation("review.save"), click -> {
            SaveAttempt.run(this, () -> {
                reviewService.review(initiativeId, new ReviewDraft(decision.getValue(), comment.getValue()));
                Notices.success(getTranslation("review.saved"));
                close();
                afterSave.accept(initiativeId);
            }, Map.of("decision", decision, "comment", comment));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}
