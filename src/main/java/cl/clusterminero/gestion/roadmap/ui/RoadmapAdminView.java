package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.AxisRow;
import cl.clusterminero.gestion.roadmap.RoadmapDraft;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
/**
 * The strategy as data, for the admin: roadmaps (one current) and their strategic axes, so that the board's new
 * strategy is entered here, not written into the code.
 */
@Route("hojas-de-ruta")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.roadmaps-admin", order = 85, icon = "vaadin:sitemap")
public class RoadmapAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RoadmapService roadmapService;
    private final Select<RoadmapOption> roadmap = new Select<>();
    private final Span currentNote = new Span();
    private final Button makeCurrent = new Button();
    private final Grid<AxisRow> axes = new Grid<>(AxisRow.class, false);

    public RoadmapAdminView(RoadmapService roadmapService) {
        this.roadmapService = roadmapService;
        setWidthFull();
        roadmap.setLabel(getTranslation("roadmap.select"));
        roadmap.setItemLabelGenerator(option -> option.code() + " · " + option.name());
        roadmap.setId("admin-roadmap-select");
        roadmap.addValueChangeListener(event -> showAxes());
        makeCurrent.setText(getTranslation("roadmap.make-current"));
        makeCurrent.setId("make-current");
        makeCurrent.addClickListener(click -> {
            roadmapService.makeCurrent(roadmap.getValue().id());
            Notices.success(getTranslation("roadmap.now-current", roadmap.getValue().name()));
            loadRoadmaps(roadmap.getValue().id());
        });
        currentNote.addClassName("status-badge");
        Button create = new Button(getTranslation("roadmap.new"), VaadinIcon.PLUS.create(), click -> newRoadmap());
        create.setId("new-roadmap");
        HorizontalLayout top = new HorizontalLayout(roadmap, currentNote, makeCurrent, create);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        axes.setId("axes-grid");
        axes.addColumn(AxisRow::sortOrder).setHeader(getTranslation("axis.order")).setWidth("6rem").setFlexGrow(0);
        axes.addColumn(AxisRow::code).setHeader(getTranslation("axis.code")).setWidth("7rem").setFlexGrow(0);
        axes.addColumn(AxisRow::name).setHeader(getTranslation("axis.name")).setFlexGrow(2);
        axes.addColumn(row -> row.description() == null ? "" : row.description())
                .setHeader(getTranslation("axis.description")).setFlexGrow(3);
        axes.addComponentColumn(row -> {
            Button edit = new Button(getTranslation("contacts.edit"), click -> editAxis(row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        axes.setAllRowsVisible(true);
        axes.setEmptyStateText(getTranslation("axis.empty"));
        axes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Button addAxis = new Button(getTranslation("axis.add"), VaadinIcon.PLUS.create(), click -> editAxis(null));
        addAxis.setId("add-axis");
        add(top, axes, addAxis);
        loadRoadmaps(null);
    }

    private void loadRoadmaps(Long select) {
        var options = roadmapService.roadmaps();
        roadmap.setItems(options);
        options.stream().filter(option -> select == null ? option.current() : option.id().equals(select))
                .findFirst().or(() -> options.stream().findFirst()).ifPresent(roadmap::setValue);
        showAxes();
    }

    private void showAxes() {
        RoadmapOption chosen = roadmap.getValue();
        axes.setItems(chosen == null ? List.of() : roadmapService.axisRows(chosen.id()));
        currentNote.setText(chosen != null && chosen.current() ? getTranslation("roadmap.current") : "");
        currentNote.setVisible(chosen != null && chosen.current());
        makeCurrent.setVisible(chosen != null && !chosen.current());
    }

    private void newRoadmap() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roadmap.new"));
        TextField code = new TextField(getTranslation("axis.code"));
        code.setMaxLength(20);
        code.setId("roadmap-code");
        TextField name = new TextField(getTranslation("axis.name"));
        name.setMaxLength(120);
        name.setId("roadmap-name");
        IntegerField start = new IntegerField(getTranslation("roadmap.start-year"));
        IntegerField end = new IntegerField(getTranslation("roadmap.end-year"));
        TextArea description = new TextArea(getTranslation("axis.description"));
        description.setMaxLength(2000);
        dialog.add(new FormLayout(code, name, start, end, description));
        Button save = new Button(getTranslation("dialog.save"), click -> {
            SaveAttempt.run(dialog, () -> {
                long id = roadmapService.createRoadmap(new RoadmapDraft(code.getValue(), name.getValue(),
                        description.getValue().isBlank() ? null : description.getValue(), start.getValue(),
                        end.getValue()));
                Notices.success(getTranslation("roadmap.created"));
                dialog.close();
                loadRoadmaps(id);
            }, Map.<String, HasValidation>of("code", code, "name", name, "startYear", start, "endYear", end, "description", description));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roadmap-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void editAxis(AxisRow row) {
        if (roadmap.getValue() == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "axis.add" : "axis.edit"));
        TextField code = new TextField(getTranslation("axis.code"));
        code.setMaxLength(10);
        code.setId("axis-code");
        TextField name = new TextField(getTranslation("axis.name"));
        name.setMaxLength(120);
        name.setId("axis-name");
        IntegerField order = new IntegerField(getTranslation("axis.order"));
        TextArea description = new TextArea(getTranslation("axis.description"));
        description.setMaxLength(2000);
        if (row != null) {
            code.setValue(row.code());
            name.setValue(row.name());
            order.setValue(row.sortOrder());
            description.setValue(row.description() == null ? "" : row.description());
        }
        dialog.add(new FormLayout(code, name, order, description));
        Button save = new Button(getTranslation("dialog.save"), click -> {
            SaveAttempt.run(dialog, () -> {
                roadmapService.saveAxis(roadmap.getValue().id(), row == null ? null : row.id(),
                        row == null ? 0 : row.version(), code.getValue(), name.getValue(), description.getValue(),
                        order.getValue());
                Notices.success(getTranslation("axis.saved"));
                dialog.close();
                showAxes();
            }, Map.<String, HasValidation>of("code", code, "name", name, "description", description), "axis.stale",
                    () -> {
                        dialog.close();
                        showAxes();
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("axis-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roadmaps-admin");
    }
}
