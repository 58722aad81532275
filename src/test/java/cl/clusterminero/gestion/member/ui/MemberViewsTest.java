package cl.clusterminero.gestion.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberRow;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberTransferService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.ui.ImportPanel;
import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member screens as the secretariat, the board and program managers use them, without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class MemberViewsTest extends SpringBrowserlessTest {

    @Autowired
    MemberService memberService;

    @Autowired
    MemberTransferService transferService;

    private String tag;
    private long memberId;

    @BeforeEach
    void createMembers() {
        tag = "Vw" + UUID.randomUUID().toString().substring(0, 6);
        memberId = SystemAuthentication.callAsSystem(() -> {
            memberService.create(draft(tag + " Minera Norte S.A.", MemberType.MINING_COMPANY));
            return memberService.create(draft(tag + " Servicios Sur SpA", MemberType.SUPPLIER));
        });
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_searches_by_name_prefix_and_filters_by_type_with_the_count_shown() {
        navigate(MemberListView.class);
        test($(TextField.class).id("members-search")).setValue(tag.toLowerCase());
        Grid<MemberRow> grid = $(Grid.class).id("members-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat($(Span.class).id("members-count").getText()).isEqualTo("2 socios");

        test($(Button.class).id("members-filters")).click();
        test($(ComboBox.class).id("filter-type")).selectItem("Proveedor");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(tag + " Servicios Sur SpA");
        assertThat($(Span.class).id("members-count").getText()).isEqualTo("1 socio");
        assertThat($(Button.class).id("new-member").isVisible()).isTrue();
    }

    /**
     * Every session with the list open keeps its component tree in the server's memory (docs/performance.md,
     * "Memory per session"): popovers, filter fields and the optional columns exist only once asked for.
     */
    @Test
    @WithAppUser(Role.SECRETARIAT)
    void the_members_list_builds_popovers_and_filter_fields_only_when_asked_for() {
        navigate(MemberListView.class);
        assertThat($(Popover.class).exists()).isFalse();
        assertThat($(ComboBox.class).exists()).isFalse();
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        // 75 before the side navigation's two activity entries (Actividades, Desafíos: an item and its icon each)
        // and the navbar's global search button (a button and its icon): 81; the indicators entry: 84 (measured);
        // the search dialog is built when opened.
        assertThat(nodes[0]).as("state nodes of the layout and the members list").isLessThanOrEqualTo(84);

        Button filters = $(Button.class).id("members-filters");
        test(filters).click();
        assertThat($(Popover.class).id("members-filters-popover").isOpened()).isTrue();
        assertThat($(ComboBox.class).all()).hasSize(4);

        test(filters).click();
        assertThat($(Popover.class).exists()).as("closed popover removed").isFalse();
        assertThat($(ComboBox.class).exists()).isFalse();
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void an_active_filter_shows_beside_the_filters_button_and_its_chip_removes_it() {
        navigate(MemberListView.class);
        test($(TextField.class).id("members-search")).setValue(tag.toLowerCase());
        Grid<MemberRow> grid = $(Grid.class).id("members-grid");
        Button filters = $(Button.class).id("members-filters");
        assertThat(filters.getText()).isEqualTo("Filtros");

        test(filters).click();
        test($(ComboBox.class).id("filter-type")).selectItem("Empresa minera (mandante)");
        test(filters).click();
        assertThat($(ComboBox.class).withId("filter-type").exists()).as("fields dropped when closed").isFalse();
        assertThat(filters.getText()).isEqualTo("Filtros (1)");
        assertThat(test(grid).size()).isEqualTo(1);
        Button chip = $(Button.class, $(Div.class).id("members-active-filters"))
                .single();
        assertThat(chip.getText()).isEqualTo("Tipo: Empresa minera (mandante)");

        test(chip).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(filters.getText()).isEqualTo("Filtros");
    }

    @Test
    @WithAppUser(Role.BOARD)
    void a_dashboard_link_with_a_type_arrives_as_an_active_filter() {
        UI.getCurrent().navigate(MemberListView.class,
                QueryParameters.of("tipo", "SUPPLIER"));
        assertThat($(Button.class).id("members-filters").getText()).isEqualTo("Filtros (1)");
        Button chip = $(Button.class, $(Div.class).id("members-active-filters"))
                .single();
        assertThat(chip.getText()).isEqualTo("Tipo: Proveedor");
        Grid<MemberRow> grid = $(Grid.class).id("members-grid");
        assertThat(test(grid).size()).isPositive();
        for (int row = 0; row < Math.min(5, test(grid).size()); row++) {
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("Proveedor");
        }
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void size_and_join_date_columns_are_added_from_the_filters_popover_and_removed_again() {
        navigate(MemberListView.class);
        Grid<MemberRow> grid = $(Grid.class).id("members-grid");
        assertThat(grid.getColumns()).hasSize(5);

        test($(Button.class).id("members-filters")).click();
        test($(Checkbox.class).id("column-size")).click();
        test($(Checkbox.class).id("column-join-date")).click();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("RUT", "Razón social", "Tipo", "Comuna", "Tamaño", "Estado", "Fecha de ingreso");

        test($(Checkbox.class).id("column-size")).click();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("RUT", "Razón social", "Tipo", "Comuna", "Estado", "Fecha de ingreso");
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void program_manager_sees_the_list_without_create_import_or_export() {
        navigate(MemberListView.class);
        assertThat($(Button.class).withId("new-member").exists()).isFalse();
        assertThat($(Button.class).withId("import-members").exists()).isFalse();
        assertThat($(Button.class).withId("export-csv").exists()).isFalse();
        assertThat($(Button.class).withId("member-files").exists()).isFalse();
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void a_new_member_with_a_wrong_rut_is_told_why_in_spanish_next_to_the_field_and_nothing_is_saved() {
        navigate("socios/nuevo", MemberEditorView.class);
        TextField rut = $(TextField.class).id("field-rut");
        test(rut).setValue("12.345.678-9");
        test($(TextField.class).id("field-legalName")).setValue(tag + " Rut Equivocado");
        test($(Button.class).id("save-member")).click();

        assertThat(rut.isInvalid()).isTrue();
        assertThat(rut.getErrorMessage()).startsWith("RUT inválido");
        assertThat(memberService.count(MemberFilter.ALL.withText(tag + " Rut"))).isZero();
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void a_duplicate_rut_is_refused_by_the_service_and_named_next_to_the_field() {
        String existingRut = memberService.draft(memberId).getRut();
        navigate("socios/nuevo", MemberEditorView.class);
        test($(TextField.class).id("field-rut")).setValue(existingRut);
        test($(TextField.class).id("field-legalName")).setValue(tag + " Duplicada");
        test($(ComboBox.class).id("field-type")).selectItem("Proveedor");
        test($(ComboBox.class).id("field-commune")).selectItem("Calama");
        test($(Select.class).id("field-status")).selectItem("Postulante");
        test($(Button.class).id("save-member")).click();

        TextField rut = $(TextField.class).id("field-rut");
        assertThat(rut.isInvalid()).isTrue();
        assertThat(rut.getErrorMessage()).isEqualTo("Este RUT ya está registrado para «" + tag
                + " Servicios Sur SpA».");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_edits_a_member_and_the_page_shows_the_saved_name() {
        navigate(MemberEditorView.class, Map.of("id", String.valueOf(memberId)));
        test($(TextField.class).id("field-legalName")).setValue(tag + " Servicios Renombrados SpA");
        test($(Button.class).id("save-member")).click();

        assertThat(memberService.details(memberId).legalName()).isEqualTo(tag + " Servicios Renombrados SpA");
        assertThat($(H2.class).id("member-name").getText()).isEqualTo(tag + " Servicios Renombrados SpA");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void a_save_after_someone_else_saved_says_so_and_overwrites_nothing() {
        navigate(MemberEditorView.class, Map.of("id", String.valueOf(memberId)));
        SystemAuthentication.runAsSystem(() -> {
            MemberDraft other = memberService.draft(memberId);
            other.setTradeName("Cambio de otra persona");
            memberService.update(memberId, memberService.details(memberId).version(), other);
        });
        test($(TextField.class).id("field-tradeName")).setValue("Mi cambio");
        test($(Button.class).id("save-member")).click();

        assertThat($(Span.class).id("stale-message").getText()).startsWith("Otra persona modificó este socio");
        assertThat(memberService.draft(memberId).getTradeName()).isEqualTo("Cambio de otra persona");
        assertThat($(TextField.class).id("field-tradeName").getValue()).as("the user's input stays on screen")
                .isEqualTo("Mi cambio");

        test($(Button.class).id("stale-reload")).click();
        assertThat($(TextField.class).id("field-tradeName").getValue()).isEqualTo("Cambio de otra persona");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_records_a_withdrawal_only_with_a_reason_and_the_page_shows_it() {
        navigate(MemberEditorView.class, Map.of("id", String.valueOf(memberId)));
        test($(Button.class).id("change-status")).click();
        test($(Select.class).id("status-to")).selectItem("Retirado");
        test($(Button.class).id("status-confirm")).click();

        TextArea reason = $(TextArea.class).id("status-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indique el motivo.");
        assertThat(memberService.details(memberId).status()).isEqualTo(MembershipStatus.ACTIVE);

        test(reason).setValue("Traslado de operaciones fuera de la región");
        test($(Button.class).id("status-confirm")).click();

        assertThat(memberService.details(memberId).status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat($(Span.class).id("member-status").getText()).isEqualTo("Retirado");
        assertThat(memberService.history(memberId).getFirst().changedBy()).isEqualTo("prueba");
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_sees_a_member_read_only_and_cannot_open_the_new_member_form() {
        navigate(MemberEditorView.class, Map.of("id", String.valueOf(memberId)));
        assertThat($(Paragraph.class).id("read-only-note").getText()).startsWith("Solo lectura");
        assertThat($(TextField.class).id("field-legalName").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("save-member").exists()).isFalse();
        assertThat($(Button.class).withId("change-status").exists()).isFalse();

        navigate("socios/nuevo", AccessDeniedView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Acceso denegado");
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void the_import_page_is_refused_to_program_managers() {
        navigate("socios/importar", AccessDeniedView.class);
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void the_import_page_lists_each_problem_and_keeps_commit_disabled() {
        MemberImportView view = navigate(MemberImportView.class);
        byte[] file = "rut;razon_social;tipo;comuna\n12.345.678-9;Mala;Proveedor;Calama\n"
                .getBytes(StandardCharsets.UTF_8);
        view.show("malo.csv", file, transferService.preview("malo.csv", file));

        assertThat($(Span.class).id("import-summary").getText())
                .isEqualTo("malo.csv: por crear 0, por actualizar 0, filas con problemas 1.");
        Grid<ImportPanel.Problem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("rut");
        assertThat(test(problems).getCellText(0, 2)).startsWith("RUT inválido");
        assertThat($(Button.class).id("import-commit").isEnabled()).isFalse();
    }

    private static MemberDraft draft(String name, MemberType type) {
        MemberDraft draft = new MemberDraft();
        int number = ThreadLocalRandom.current().nextInt(60_000_000, 65_000_000);
        draft.setRut(new Rut(number, Rut.checkDigitOf(number)).formatted());
        draft.setLegalName(name);
        draft.setType(type);
        draft.setCommune(Commune.CALAMA);
        draft.setSize(CompanySize.MEDIUM);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2022, 5, 2));
        return draft;
    }
}
