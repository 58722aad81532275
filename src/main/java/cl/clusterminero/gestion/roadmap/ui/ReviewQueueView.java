package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.ReviewQueueRow;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The board's review queue: initiatives flagged "requires board decision", oldest request first, with why and by
 * whom; a board member reviews one from here and lands on the initiative, which shows the decision.
 */
@Route("directorio/revisiones")
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT})
@Menu(title = "nav.review-queue", order = 30, icon = "vaadin:gavel")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService reviewService;
    private final Grid<ReviewQueueRow> grid = new Grid<>(ReviewQueueRow.class, false);
    private final Span count = new Span();

    public ReviewQueueView(ReviewService reviewService, CurrentUser currentUser) {
        this.reviewService = reviewService;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("review-queue.intro"));
        intro.addClassName("view-intro");
        count.setId("review-queue-count");
        count.addClassName("result-count");

        grid.setId("review-queue-grid");
        grid.addColumn(LitRenderer.<ReviewQueueRow>of("<a href=\"iniciativas/${item.id}\">${item.label}</a>")
                        .withProperty("id", ReviewQueueRow::initiativeId)
                        .withProperty("label", row -> row.code() + " · " + row.title()))
                .setHeader(getTranslation("review-queue.initiative")).setFlexGrow(3);
        grid.addColumn(row -> row.programName() == null ? "—" : row.programName())
                .setHeader(getTranslation("review-queue.program")).setFlexGrow(1);
        grid.addColumn(LitRenderer.<ReviewQueueRow>of(RoadmapBadges.HEALTH_TEMPLATE)
                        .withProperty("health", row -> row.health().name())
                        .withProperty("healthLabel", row -> getTranslation(row.health().labelKey())))
                .setHeader(getTranslation("review-queue.health")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.progress() + "%").setHeader(getTranslation("review-queue.progress"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewQueueRow::reason).setHeader(getTranslation("review-queue.reason")).setFlexGrow(4);
        grid.addColumn(row -> row.requestedByName() + " · " + DisplayFormats.dateTime(row.requestedAt()))
                .setHeader(getTranslation("review-queue.requested")).setFlexGrow(2);
        if (currentUser.mayCall(ReviewService.class, "review")) {
            grid.addComponentColumn(row -> {
                Button review = new Button(getTranslation("review.record"), click -> new ReviewDialog(reviewService,
                        row.initiativeId(), row.code() + " · " + row.title(), id -> getUI().ifPresent(ui ->
                        ui.navigate(InitiativeView.class, new RouteParameters("id", String.valueOf(id))))).open());
                review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                review.setId("review-" + row.initiativeId());
                return review;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        // On a phone: the initiative (a link to its page) and, for the board, the button that records a review.
        PhoneColumns.keep(grid, grid.getColumns().getFirst(), grid.getColumns().getLast());
        grid.setItems(query -> reviewService.queue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reviewService.queueSize());
        grid.setEmptyStateText(getTranslation("review-queue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        count.setText(getTranslation("review-queue.count", reviewService.queueSize()));
        add(intro, count, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review-queue");
    }
}
