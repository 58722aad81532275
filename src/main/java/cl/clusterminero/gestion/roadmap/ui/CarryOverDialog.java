package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.AxisOption;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Carries an initiative over to an axis of another roadmap, as a linked copy; {@code carried} gets the copy's id. */
class CarryOverDialog extends Dialog {

    CarryOverDialog(RoadmapService roadmapService, long initiativeId, long currentRoadmapId, LongConsumer carried) {
        setHeaderTitle(getTranslation("initiative.carry"));
        setId("carry-dialog");
        Select<RoadmapOption> target = new Select<>();
        target.setLabel(getTranslation("initiative.carry.roadmap"));
        target.setItems(roadmapService.roadmaps().stream()
                .filter(option -> !option.id().equals(currentRoadmapId)).toList());
        target.setItemLabelGenerator(RoadmapOption::name);
        target.setId("carry-roadmap");
        ComboBox<AxisOption> axis = new ComboBox<>(getTranslation("initiative.carry.axis"));
        axis.setItemLabelGenerator(AxisOption::label);
        axis.setId("carry-axis");
        target.addValueChangeListener(event -> {
            axis.clear();
            axis.setItems(event.getValue() == null ? List.of() : roadmapService.axes(event.getValue().id()));
        });
        add(new FormLayout(target, axis));
        Button save = new Button(getTranslation("initiative.carry"), click -> {
            if (target.getValue() == null || axis.getValue() == null) {
                axis.setInvalid(axis.getValue() == null);
                axis.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            SaveAttempt.run(this, () -> {
                long copy = roadmapService.carryOver(initiativeId, target.getValue().id(), axis.getValue().id());
                Notices.success(getTranslation("initiative.carry.done"));
                close();
                carried.accept(copy);
            }, Map.of());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("carry-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}
