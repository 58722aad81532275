package cl.clusterminero.gestion.board.ui;

import cl.clusterminero.gestion.board.ResolutionRow;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
/** "Mis acuerdos": the resolutions the user owns, open ones by deadline; the owner marks one done with a note. */
@Route("mis-acuerdos")
@PermitAll
@Menu(title = "nav.my-resolutions", order = 22, icon = "vaadin:clipboard-check")
public class MyResolutionsView extends VerticalLayout implements HasDynamicTitle {

    private final ResolutionService resolutionService;
    private final Grid<ResolutionRow> grid = new Grid<>(ResolutionRow.class, false);
    private final Checkbox includeDone = new Checkbox();

    public MyResolutionsView(ResolutionService resolutionService) {
        this.resolutionService = resolutionService;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("my-resolutions.intro"));
        intro.addClassName("view-intro");
        includeDone.setLabel(getTranslation("my-resolutions.include-done"));
        includeDone.setId("include-done");
        includeDone.addValueChangeListener(event -> refresh());

        grid.setId("my-resolutions-grid");
        grid.addColumn(ResolutionRow::text).setHeader(getTranslation("resolution.text")).setFlexGrow(4);
        grid.addColumn(LitRenderer.<ResolutionRow>of(
                        "<a href=\"directorio/sesiones/${item.meeting}\">${item.date}</a>")
                        .withProperty("meeting", ResolutionRow::meetingId)
                        .withProperty("date", row -> DisplayFormats.date(row.meetingDate())))
                .setHeader(getTranslation("resolution.meeting")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.date(row.deadline())).setHeader(getTranslation("resolution.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResolutionBadge.renderer(this)).setHeader(getTranslation("resolution.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.doneNote() == null ? "" : row.doneNote())
                .setHeader(getTranslation("resolution.done-note")).setFlexGrow(2);
        grid.addComponentColumn(row -> {
            if (row.doneAt() != null) {
                return new Paragraph(DisplayFormats.dateTime(row.doneAt()));
            }
            Button done = new Button(getTranslation("resolution.complete"), click -> openComplete(row));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            done.setId("complete-resolution-" + row.id());
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        // On a phone: the resolution, its state and the button that marks it done.
        PhoneColumns.keep(grid, grid.getColumns().getFirst(), grid.getColumns().get(3), grid.getColumns().getLast());
        grid.setEmptyStateText(getTranslation("my-resolutions.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(intro, includeDone, grid);
        refresh();
    }

    private void openComplete(ResolutionRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("resolution.complete"));
        dialog.setId("complete-resolution-dialog");
        dialog.setWidth("32rem");
        Paragraph what = new Paragraph(row.text());
        what.addClassName("dialog-subject");
        TextArea note = new TextArea(getTranslation("resolution.done-note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText(getTranslation("resolution.done-note.help"));
        note.setId("resolution-note");
        dialog.add(what, note);
        Button save = new Button(getTranslation("resolution.complete"), click -> {
            SaveAttempt.run(dialog, () -> {
                resolutionService.complete(row.id(), row.version(), note.getValue());
                Notices.success(getTranslation("resolution.completed"));
                dialog.close();
                refresh();
            }, Map.of("note", note), () -> {
                dialog.close();
                refresh();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("resolution-note-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(resolutionService.mine(includeDone.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-resolutions");
    }
}
