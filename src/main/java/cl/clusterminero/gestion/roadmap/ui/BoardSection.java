package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.DecisionRequestInfo;
import cl.clusterminero.gestion.roadmap.ReviewEntry;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The board's part of an initiative's page: a pending "requires board decision" flag (raised here by the program's
 * manager or the secretariat), the button board members use to review, and the review history, newest first.
 */
class BoardSection extends VerticalLayout {

    private final ReviewService reviewService;
    private final long initiativeId;
    private final Runnable afterChange;

    BoardSection(ReviewService reviewService, CurrentUser currentUser, long initiativeId, String initiativeLabel,
                 Runnable afterChange) {
        this.reviewService = reviewService;
        this.initiativeId = initiativeId;
        this.afterChange = afterChange;
        setPadding(false);
        setSpacing(false);
        setId("board-section");
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("review.section")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.mayCall(ReviewService.class, "review")) {
            Button review = new Button(getTranslation("review.record"), VaadinIcon.GAVEL.create(),
                    click -> new ReviewDialog(reviewService, initiativeId, initiativeLabel, id -> afterChange.run())
                            .open());
            review.setId("record-review");
            header.add(review);
        }
        add(header);
        Optional<DecisionRequestInfo> request = reviewService.openRequest(initiativeId);
        if (request.isPresent()) {
            Div flag = new Div(VaadinIcon.FLAG.create(), new Span(getTranslation("review.request.pending",
                    request.get().reason(), request.get().requestedByName(),
                    DisplayFormats.dateTime(request.get().requestedAt()))));
            flag.addClassName("decision-flag");
            flag.setId("decision-flag");
            add(flag);
        } else if (reviewService.mayRequestDecision(initiativeId)) {
            Button ask = new Button(getTranslation("review.request"), VaadinIcon.FLAG_O.create(),
                    click -> openDecisionRequest());
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ask.setId("request-decision");
            add(ask);
        }
        add(history(reviewService.reviews(initiativeId)));
    }

    private Div history(List<ReviewEntry> reviews) {
        Div history = new Div();
        history.addClassName("timeline");
        history.setId("review-history");
        for (ReviewEntry review : reviews) {
            Span when = new Span(DisplayFormats.dateTime(review.reviewedAt()) + " · " + review.reviewerName());
            when.addClassName("timeline-when");
            Paragraph comment = new Paragraph(review.comment());
            comment.addClassName("timeline-comment");
            Div item = new Div(when, RoadmapBadges.decision(this, review.decision()), comment);
            item.addClassName("timeline-item");
            history.add(item);
        }
        if (reviews.isEmpty()) {
            history.add(new Paragraph(getTranslation("review.history.empty")));
        }
        return history;
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
        Button save = new Button(getTranslation("review.request.send"), click -> SaveAttempt.run(dialog, () -> {
            reviewService.requestDecision(initiativeId, reason.getValue());
            Notices.success(getTranslation("review.request.sent"));
            dialog.close();
            afterChange.run();
        }, Map.of("reason", reason)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("decision-request-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
