package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.program.ProgramOption;
import cl.clusterminero.gestion.roadmap.AxisOption;
import cl.clusterminero.gestion.roadmap.InitiativeDraft;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.Priority;
import cl.clusterminero.gestion.shared.ui.DateFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An initiative's data: code, title, axis, program, owner, dates, priority, status and target KPI. The programs
 * offered are those the user may put an initiative in; the service checks that again on save.
 */
class InitiativeForm extends FormLayout {

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<AxisOption> axis = new ComboBox<>();
    private final ComboBox<ProgramOption> program = new ComboBox<>();
    private final TextField owner = new TextField();
    private final DatePicker start;
    private final DatePicker target;
    private final Select<Priority> priority = new Select<>();
    private final Select<InitiativeStatus> status = new Select<>();
    private final TextArea description = new TextArea();
    private final TextField kpiName = new TextField();
    private final TextField kpiUnit = new TextField();
    private final BigDecimalField kpiBaseline = new BigDecimalField();
    private final BigDecimalField kpiTarget = new BigDecimalField();
    private final BigDecimalField kpiCurrent = new BigDecimalField();

    InitiativeForm(List<AxisOption> axes, List<ProgramOption> programs) {
        start = DateFields.create(getTranslation("initiative.start"), getLocale());
        target = DateFields.create(getTranslation("initiative.target"), getLocale());
        code.setLabel(getTranslation("initiative.code"));
        code.setMaxLength(20);
        code.setId("initiative-code");
        title.setLabel(getTranslation("initiative.title"));
        title.setMaxLength(200);
        title.setId("initiative-title-field");
        axis.setLabel(getTranslation("initiative.axis"));
        axis.setItems(axes);
        axis.setItemLabelGenerator(AxisOption::label);
        program.setLabel(getTranslation("initiative.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramOption::label);
        program.setClearButtonVisible(true);
        owner.setLabel(getTranslation("initiative.owner"));
        owner.setMaxLength(120);
        priority.setLabel(getTranslation("initiative.priority"));
        priority.setItems(Arrays.asList(Priority.values()));
        priority.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setLabel(getTranslation("initiative.status"));
        status.setItems(Arrays.asList(InitiativeStatus.values()));
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        description.setLabel(getTranslation("program.description"));
        description.setMaxLength(4000);
        kpiName.setLabel(getTranslation("initiative.kpi.name"));
        kpiName.setMaxLength(120);
        kpiUnit.setLabel(getTranslation("initiative.kpi.unit"));
        kpiUnit.setMaxLength(30);
        kpiBaseline.setLabel(getTranslation("initiative.kpi.baseline"));
        kpiTarget.setLabel(getTranslation("initiative.kpi.target"));
        kpiCurrent.setLabel(getTranslation("initiative.kpi.current"));
        add(code, title, axis, program, owner, priority, start, target, status, description, kpiName, kpiUnit,
                kpiBaseline, kpiTarget, kpiCurrent);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    void read(InitiativeDraft draft) {
        code.setValue(text(draft.code()));
        title.setValue(text(draft.title()));
        axis.getListDataView().getItems().filter(option -> option.id().equals(draft.axisId())).findFirst()
                .ifPresent(axis::setValue);
        program.getListDataView().getItems().filter(option -> option.id().equals(draft.programId())).findFirst()
                .ifPresent(program::setValue);
        owner.setValue(text(draft.ownerName()));
        start.setValue(draft.startDate());
        target.setValue(draft.targetDate());
        priority.setValue(draft.priority());
        status.setValue(draft.status());
        description.setValue(text(draft.description()));
        kpiName.setValue(text(draft.kpiName()));
        kpiUnit.setValue(text(draft.kpiUnit()));
        kpiBaseline.setValue(draft.kpiBaseline());
        kpiTarget.setValue(draft.kpiTarget());
        kpiCurrent.setValue(draft.kpiCurrent());
    }

    InitiativeDraft write(Long leadMemberId) {
        return new InitiativeDraft(axis.getValue() == null ? null : axis.getValue().id(),
                program.getValue() == null ? null : program.getValue().id(), code.getValue(), title.getValue(),
                blankToNull(description.getValue()), blankToNull(owner.getValue()), leadMemberId, start.getValue(),
                target.getValue(), priority.getValue(), status.getValue(), blankToNull(kpiName.getValue()),
                blankToNull(kpiUnit.getValue()), kpiBaseline.getValue(), kpiTarget.getValue(), kpiCurrent.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("code", code), Map.entry("title", title), Map.entry("axisId", axis),
                Map.entry("programId", program), Map.entry("ownerName", owner), Map.entry("startDate", start),
                Map.entry("targetDate", target), Map.entry("priority", priority), Map.entry("status", status),
                Map.entry("description", description), Map.entry("kpiName", kpiName), Map.entry("kpiUnit", kpiUnit));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
