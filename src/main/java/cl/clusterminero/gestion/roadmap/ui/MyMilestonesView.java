package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MyMilestoneRow;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** "Mis hitos": a program manager's overdue and next-30-day milestones, each one dialog away from an update. */
@Route("mis-hitos")
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Menu(title = "nav.my-milestones", order = 20, icon = "vaadin:calendar-clock")
public class MyMilestonesView extends VerticalLayout implements HasDynamicTitle {

    private final MilestoneService milestoneService;
    private final Clock clock;
    private final Grid<MyMilestoneRow> grid = new Grid<>(MyMilestoneRow.class, false);

    public MyMilestonesView(MilestoneService milestoneService, Clock clock) {
        this.milestoneService = milestoneService;
        this.clock = clock;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("my-milestones.intro", MilestoneService.MY_MILESTONES_DAYS));
        intro.addClassName("view-intro");

        grid.setId("my-milestones-grid");
        grid.addColumn(LitRenderer.<MyMilestoneRow>of(
                        "<span class=\"due ${item.overdue ? 'overdue' : ''}\">${item.due}</span>")
                        .withProperty("due", row -> DisplayFormats.date(row.dueDate()))
                        .withProperty("overdue", MyMilestoneRow::overdue))
                .setHeader(getTranslation("milestone.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MyMilestoneRow::title).setHeader(getTranslation("milestone.title")).setFlexGrow(2);
        grid.addColumn(LitRenderer.<MyMilestoneRow>of("<a href=\"iniciativas/${item.id}\">${item.label}</a>")
                        .withProperty("id", MyMilestoneRow::initiativeId)
                        .withProperty("label", MyMilestonesView::initiativeLabel))
                .setHeader(getTranslation("milestone.initiative")).setFlexGrow(3)
                .setTooltipGenerator(MyMilestonesView::initiativeLabel);
        grid.addColumn(MyMilestoneRow::programName).setHeader(getTranslation("milestone.program")).setFlexGrow(2)
                .setTooltipGenerator(MyMilestoneRow::programName);
        grid.addColumn(row -> getTranslation(row.status().labelKey()) + " · " + row.percent() + "%")
                .setHeader(getTranslation("milestone.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button update = new Button(getTranslation("progress.record"), click -> new ProgressDialog(
                    milestoneService, row.id(), row.version(), row.title(), row.status(), row.percent(),
                    LocalDate.now(clock), this::refresh).open());
            update.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            update.setId("record-progress-" + row.id());
            return update;
        }).setAutoWidth(true).setFlexGrow(0);
        // On a phone: when, what, and the button that records progress.
        PhoneColumns.keep(grid, grid.getColumns().getFirst(), grid.getColumns().get(1), grid.getColumns().getLast());
        grid.addItemDoubleClickListener(event -> getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                new RouteParameters(InitiativeView.ID, String.valueOf(event.getItem().initiativeId())))));
        grid.setEmptyStateText(getTranslation("my-milestones.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(intro, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(milestoneService.myMilestones());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-milestones");
    }

    private static String initiativeLabel(MyMilestoneRow row) {
        return row.initiativeCode() + " · " + row.initiativeTitle();
    }
}
