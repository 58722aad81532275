package cl.clusterminero.gestion.program.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.program.FundingSource;
import cl.clusterminero.gestion.program.FundingState;
import cl.clusterminero.gestion.program.ProgramDetails;
import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.ClpField;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
/**
 * A program's page: its data, managers and co-financing lines. The secretariat and admin create and edit programs;
 * everyone else reads them. {@code programas/nuevo} creates one.
 */
@Route("programas/:id")
@PermitAll
public class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = RecordRoute.NEW;

    private final ProgramService programService;
    private final UserService userService;
    private final boolean canEdit;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker start;
    private final DatePicker end;
    private final Select<ProgramStatus> status = new Select<>();
    private final ClpField budget = new ClpField(null);
    private final MultiSelectComboBox<UserOption> managers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<MemberOption> participants = new MultiSelectComboBox<>();
    private final MemberService memberService;
    private final VerticalLayout fundingLines = new VerticalLayout();
    private final List<FundingRow> fundingRows = new ArrayList<>();
    private Long programId;
    private long version;
    private String title = "";

    /** One editable co-financing line. */
    private final class FundingRow extends HorizontalLayout {
        final Select<FundingSource> source = new Select<>();
        final ClpField amount = new ClpField(null);
        final Select<FundingState> state = new Select<>();
        final TextField note = new TextField();

        FundingRow(ProgramDraft.Funding line) {
            source.setItems(Arrays.asList(FundingSource.values()));
            source.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            source.setAriaLabel(getTranslation("program.funding.source"));
            state.setItems(Arrays.asList(FundingState.values()));
            state.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            state.setAriaLabel(getTranslation("program.funding.state"));
            amount.setAriaLabel(getTranslation("program.funding.amount"));
            note.setPlaceholder(getTranslation("program.funding.note"));
            note.setMaxLength(200);
            if (line != null) {
                source.setValue(line.source());
                amount.setAmount(line.amountClp());
                state.setValue(line.state());
                note.setValue(line.note() == null ? "" : line.note());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                fundingRows.remove(this);
                fundingLines.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("program.funding.remove"));
            remove.setVisible(canEdit);
            add(source, amount, state, note, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            List.of(source, state).forEach(select -> select.setReadOnly(!canEdit));
            List.of(amount, note).forEach(field -> field.setReadOnly(!canEdit));
        }
    }

    public ProgramEditorView(ProgramService programService, UserService userService, MemberService memberService,
                             CurrentUser currentUser) {
        this.programService = programService;
        this.memberService = memberService;
        this.userService = userService;
        this.canEdit = currentUser.mayCall(ProgramService.class, "update");
        this.start = DateFields.create(getTranslation("program.start"), getLocale());
        this.end = DateFields.create(getTranslation("program.end"), getLocale());
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.openOrNew(event, canEdit, "program.not-found", () -> {
            programId = null;
            build(null);
        }, id -> {
            programId = id;
            build(programService.details(id));
        });
    }

    private void build(ProgramDetails details) {
        removeAll();
        fundingLines.removeAll();
        fundingRows.clear();
        title = details == null ? getTranslation("programs.new") : details.data().code() + " · " + details.data().name();
        code.setLabel(getTranslation("program.code"));
        code.setMaxLength(20);
        code.setId("program-code");
        name.setLabel(getTranslation("program.name"));
        name.setMaxLength(160);
        name.setId("program-name");
        description.setLabel(getTranslation("program.description"));
        description.setMaxLength(2000);
        status.setLabel(getTranslation("program.status"));
        status.setItems(Arrays.asList(ProgramStatus.values()));
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        budget.setLabel(getTranslation("program.budget"));
        budget.setHelperText(getTranslation("program.budget.help"));
        budget.setId("program-budget");
        managers.setLabel(getTranslation("program.managers"));
        managers.setItemLabelGenerator(UserOption::fullName);
        List<UserOption> programManagers = canEdit ? userService.withRole(Role.PROGRAM_MANAGER) : List.of();
        managers.setItems(programManagers);

        ProgramDraft data = details == null ? null : details.data();
        version = details == null ? 0 : details.version();
        code.setValue(data == null ? "" : data.code());
        name.setValue(data == null ? "" : data.name());
        description.setValue(data == null || data.description() == null ? "" : data.description());
        start.setValue(data == null ? null : data.startDate());
        end.setValue(data == null ? null : data.endDate());
        status.setValue(data == null ? ProgramStatus.PLANNED : data.status());
        budget.setAmount(data == null ? null : data.budgetClp());
        if (canEdit && data != null) {
            Set<Long> ids = data.managerIds();
            managers.setValue(programManagers.stream()
                    .filter(user -> ids.contains(user.id())).collect(Collectors.toSet()));
        }
        if (data != null) {
            data.funding().forEach(line -> addFundingRow(line));
        }
        participants.setLabel(getTranslation("program.participants"));
        participants.setItemLabelGenerator(MemberOption::label);
        participants.setId("program-participants");
        participants.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        participants.setValue(data == null ? Set.of()
                : new HashSet<>(memberService.optionsById(data.memberIds())));
        participants.setReadOnly(!canEdit);

        FormLayout form = new FormLayout(code, name, status, budget, start, end, description, participants);
        form.setColspan(description, 2);
        form.setColspan(participants, 2);
        if (canEdit) {
            form.add(managers);
            form.setColspan(managers, 2);
        }
        List.of(code, name, budget).forEach(field -> field.setReadOnly(!canEdit));
        description.setReadOnly(!canEdit);
        start.setReadOnly(!canEdit);
        end.setReadOnly(!canEdit);
        status.setReadOnly(!canEdit);

        H2 heading = new H2(title);
        heading.setId("program-title");
        add(heading);
        if (!canEdit && details != null) {
            Paragraph who = new Paragraph(getTranslation("program.managed-by", details.managerNames().isEmpty()
                    ? "—" : details.managerNames()));
            who.setId("program-managers");
            add(who);
        }
        add(form, new H3(getTranslation("program.cofinancing")), fundingLines);
        fundingLines.setPadding(false);
        if (canEdit) {
            Button addLine = new Button(getTranslation("program.funding.add"), VaadinIcon.PLUS.create(),
                    click -> addFundingRow(null));
            Button save = new Button(getTranslation("member.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-program");
            add(addLine, new HorizontalLayout(save, new Button(getTranslation("programs.back"),
                    click -> getUI().ifPresent(ui -> ui.navigate(ProgramListView.class)))));
        }
        if (details != null) {
            long programId = details.id();
            add(new ChangeHistory(() -> programService.changes(programId), Map.of(
                    "status", value -> getTranslation(ProgramStatus.valueOf(value).labelKey()),
                    "source", value -> getTranslation(FundingSource.valueOf(value).labelKey()),
                    "state", value -> getTranslation(FundingState.valueOf(value).labelKey()),
                    "user_id", value -> userService.fullNames(List.of(Long.valueOf(value)))
                            .getOrDefault(Long.valueOf(value), value))));
        }
    }

    private void addFundingRow(ProgramDraft.Funding line) {
        FundingRow row = new FundingRow(line);
        fundingRows.add(row);
        fundingLines.add(row);
    }

    private void save() {
        List<FieldProblem> local = new ArrayList<>();
        Long budgetValue = pesos(budget, "budgetClp", local);
        List<ProgramDraft.Funding> lines = new ArrayList<>();
        for (FundingRow row : fundingRows) {
            Long amount = pesos(row.amount, "funding", local);
            lines.add(new ProgramDraft.Funding(row.source.getValue(), amount == null ? 0 : amount,
                    row.state.getValue(), row.note.getValue().isBlank() ? null : row.note.getValue()));
        }
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("code", code, "name", name, "description",
                description, "endDate", end, "status", status, "budgetClp", budget));
        if (!local.isEmpty()) {
            FieldValidation.show(this, local, fields);
            return;
        }
        ProgramDraft draft = new ProgramDraft(code.getValue(), name.getValue(),
                description.getValue().isBlank() ? null : description.getValue(), start.getValue(), end.getValue(),
                status.getValue(), budgetValue == null ? 0 : budgetValue,
                managers.getValue().stream().map(UserOption::id).collect(Collectors.toSet()),
                participants.getValue().stream().map(MemberOption::id).collect(Collectors.toSet()), lines);
        SaveAttempt.run(this, () -> {
            if (programId == null) {
                long id = programService.create(draft);
                Notices.success(getTranslation("program.saved"));
                getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class,
                        new RouteParameters(ID, String.valueOf(id))));
            } else {
                programService.update(programId, version, draft);
                Notices.success(getTranslation("program.saved"));
                build(programService.details(programId));
            }
        }, fields, "program.stale", () -> build(programService.details(programId)));
    }

    /** The amount typed in a peso field; blank is none, anything that is not an amount is a problem. */
    private static Long pesos(ClpField field, String property, List<FieldProblem> problems) {
        if (field.getValue().isBlank()) {
            return null;
        }
        Long amount = field.amount().orElse(null);
        if (amount == null) {
            problems.add(new FieldProblem(property, "program.amount.invalid"));
        }
        return amount;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
