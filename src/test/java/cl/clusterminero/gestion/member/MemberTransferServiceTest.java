package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportFile;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.ImportRefusedException;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
@WithAppUser(value = Role.SECRETARIAT, username = "secretaria.test")
class MemberTransferServiceTest {

    @Autowired
    MemberTransferService transfers;

    @Autowired
    MemberService members;

    @Test
    void export_writes_the_filtered_rows_in_grid_order_with_spanish_labels_and_reports_progress() {
        String tag = "Xp" + UUID.randomUUID().toString().substring(0, 6);
        members.create(TestMembers.draft(tag + " Beta SpA", MemberType.SUPPLIER));
        members.create(TestMembers.draft(tag + " Alfa SpA", MemberType.SUPPLIER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();

        int rows = transfers.export(MemberFilter.ALL.withText(tag), Sort.by("legalName"), ExportFormat.CSV,
                TranslationProvider.SPANISH_CHILE, out, progress::add);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(2);
        assertThat(progress).last().isEqualTo(2);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFFrut;razon_social;nombre_fantasia;tipo");
        assertThat(lines.get(1)).contains(tag + " Alfa SpA", "Proveedor", "Antofagasta", "Activo", "15-03-2021");
        assertThat(lines.get(2)).contains(tag + " Beta SpA");
    }

    @Test
    void an_exported_excel_file_opens_and_imports_back_as_updates() throws Exception {
        String tag = "Xl" + UUID.randomUUID().toString().substring(0, 6);
        members.create(TestMembers.draft(tag + " Uno Ltda.", MemberType.SUPPLIER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfers.export(MemberFilter.ALL.withText(tag), Sort.by("legalName"), ExportFormat.EXCEL,
                TranslationProvider.SPANISH_CHILE, out, written -> { });

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(tag + " Uno Ltda.");
        }
        ImportPreview<ImportRowResult> preview = transfers.preview("socios.xlsx", out.toByteArray());
        assertThat(preview.committable()).isTrue();
        assertThat(preview.count(ImportAction.UPDATE)).isEqualTo(1);
    }

    @Test
    void the_dry_run_reports_each_bad_row_with_its_number_column_and_reason_and_writes_nothing() {
        String tag = "Im" + UUID.randomUUID().toString().substring(0, 6);
        String goodRut = TestMembers.freshRut();
        String csv = String.join("\n",
                "RUT;Razón social;Tipo;Comuna;Email;Fecha ingreso",
                goodRut + ";" + tag + " Buena SpA;Proveedor;Calama;contacto@buena.cl;01-02-2024",
                "12.345.678-9;" + tag + " Rut Malo;Proveedor;Calama;;01-02-2024",
                TestMembers.freshRut() + ";;Volcán;Marte;sin-arroba;2024-13-45",
                goodRut + ";" + tag + " Repetida;proveedor;calama;;01-02-2024");

        ImportPreview<ImportRowResult> preview = transfers.preview("socios.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.committable()).isFalse();
        assertThat(preview.rows()).extracting(ImportRowResult::rowNumber, ImportRowResult::action)
                .containsExactly(Tuple.tuple(2, ImportAction.CREATE),
                        Tuple.tuple(3, ImportAction.REJECT),
                        Tuple.tuple(4, ImportAction.REJECT),
                        Tuple.tuple(5, ImportAction.REJECT));
        assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(Tuple.tuple("rut", "member.rut.invalid"));
        assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::field)
                .contains("razon_social", "tipo", "comuna", "email", "fecha_ingreso");
        assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::key).contains("import.rut.repeated");

        assertThatThrownBy(() -> transfers.commit("socios.csv", csv.getBytes(StandardCharsets.UTF_8),
                preview.rows())).isInstanceOf(ImportRefusedException.class);
        assertThat(members.count(MemberFilter.ALL.withText(tag))).isZero();
    }

    @Test
    void a_clean_file_commits_creations_and_updates_together() {
        String tag = "Ok" + UUID.randomUUID().toString().substring(0, 6);
        MemberDraft existing = TestMembers.draft(tag + " Existente SpA", MemberType.SUPPLIER);
        long existingId = members.create(existing);
        String csv = String.join("\n",
                "rut,razon_social,tipo,comuna,tamano,estado,fecha_ingreso",
                existing.getRut() + "," + tag + " Existente Renombrada SpA,SUPPLIER,ANTOFAGASTA,Mediana,,",
                TestMembers.freshRut() + "," + tag + " Nueva SpA,Empresa minera (mandante),Sierra Gorda,Grande,"
                        + "Postulante,");

        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        ImportPreview<ImportRowResult> done = transfers.commit("socios.csv", file, transfers.preview("socios.csv", file).rows());

        assertThat(done.count(ImportAction.CREATE)).isEqualTo(1);
        assertThat(done.count(ImportAction.UPDATE)).isEqualTo(1);
        assertThat(members.details(existingId).legalName()).isEqualTo(tag + " Existente Renombrada SpA");
        assertThat(members.draft(existingId).getSize()).isEqualTo(CompanySize.MEDIUM);
        assertThat(members.search(MemberFilter.ALL.withText(tag + " Nueva"),
                PageRequest.of(0, 5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.type()).isEqualTo(MemberType.MINING_COMPANY);
                    assertThat(row.status()).isEqualTo(MembershipStatus.PROSPECT);
                });
    }

    @Test
    void a_file_with_only_the_required_columns_updates_those_and_keeps_the_rest_of_the_member() {
        MemberDraft draft = TestMembers.draft("Parcial Original SpA", MemberType.SUPPLIER);
        draft.setEmail("contacto@parcial.cl");
        draft.setPhone("+56 55 221 0000");
        long id = members.create(draft);
        byte[] file = ("rut;razon_social;tipo;comuna\n" + draft.getRut() + ";Parcial Renombrada SpA;Proveedor;"
                + "Antofagasta\n").getBytes(StandardCharsets.UTF_8);

        transfers.commit("parcial.csv", file, transfers.preview("parcial.csv", file).rows());

        MemberDraft after = members.draft(id);
        assertThat(after.getLegalName()).isEqualTo("Parcial Renombrada SpA");
        assertThat(after.getEmail()).isEqualTo("contacto@parcial.cl");
        assertThat(after.getPhone()).isEqualTo("+56 55 221 0000");
        assertThat(after.getSize()).isEqualTo(CompanySize.SMALL);
    }

    @Test
    void a_status_change_by_import_is_refused_because_it_belongs_to_the_lifecycle() {
        MemberDraft draft = TestMembers.draft("Estado Por Archivo SpA", MemberType.SUPPLIER);
        members.create(draft);
        byte[] file = ("rut;razon_social;tipo;comuna;estado\n" + draft.getRut() + ";Estado Por Archivo SpA;"
                + "Proveedor;Antofagasta;Retirado\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview<ImportRowResult> preview = transfers.preview("estado.csv", file);

        assertThat(preview.rows().getFirst().problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(Tuple.tuple("estado", "import.status.on-update"));
    }

    @Test
    void a_commit_after_someone_edited_a_member_since_the_dry_run_writes_nothing() {
        MemberDraft draft = TestMembers.draft("Carrera Original SpA", MemberType.SUPPLIER);
        long id = members.create(draft);
        byte[] file = ("rut;razon_social;tipo;comuna\n" + draft.getRut() + ";Carrera Desde Archivo SpA;Proveedor;"
                + "Antofagasta\n").getBytes(StandardCharsets.UTF_8);
        ImportPreview<ImportRowResult> seen = transfers.preview("carrera.csv", file);

        MemberDraft meanwhile = members.draft(id);
        meanwhile.setLegalName("Carrera Editada A Mano SpA");
        members.update(id, members.details(id).version(), meanwhile);

        assertThatThrownBy(() -> transfers.commit("carrera.csv", file, seen.rows()))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.changedSinceCheck()).isTrue());
        assertThat(members.details(id).legalName()).isEqualTo("Carrera Editada A Mano SpA");
    }

    @Test
    void spreadsheet_quirks_are_understood_and_impossible_dates_refused() {
        String rut = TestMembers.freshRut();
        String csv = String.join("\n",
                "rut;razon_social;tipo;comuna;codigo_actividad;telefono;sitio_web;fecha_ingreso;;",
                rut + ";Planilla Excel SpA;mandante;san pedro;51000;'+56 55 221 3344;www.planilla.cl;05-03-2024;;",
                ";;;;;;;;;",
                TestMembers.freshRut() + ";Fecha Imposible SpA;Proveedor;Calama;;;;31-02-2023;;");

        ImportPreview<ImportRowResult> preview = transfers.preview("excel.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRowResult::rowNumber).containsExactly(2, 4);
        assertThat(preview.rows().getFirst().problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(Tuple.tuple("fecha_ingreso", "import.date.invalid"));
    }

    @Test
    void values_a_spreadsheet_would_run_as_formulas_are_exported_inert() {
        assertThat(ImportFile.safeForSpreadsheet("=HYPERLINK(\"http://x\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ImportFile.safeForSpreadsheet("+56 55 221 3344")).isEqualTo("'+56 55 221 3344");
        assertThat(ImportFile.safeForSpreadsheet("Minera")).isEqualTo("Minera");
    }

    @Test
    void a_file_without_the_required_columns_is_refused_as_a_whole() {
        ImportPreview<ImportRowResult> preview = transfers.preview("socios.csv", "rut;nombre\n1-9;Algo".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileProblems()).extracting(FieldProblem::key).containsExactly("import.file.missing-columns");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void garbage_instead_of_a_spreadsheet_is_reported_not_thrown() {
        ImportPreview<ImportRowResult> preview = transfers.preview("socios.xlsx", "no es un excel".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileProblems()).extracting(FieldProblem::key).containsExactly("import.file.unreadable");
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_cannot_export_or_import() {
        assertThatThrownBy(() -> transfers.export(MemberFilter.ALL, Sort.unsorted(), ExportFormat.CSV,
                TranslationProvider.SPANISH_CHILE, new ByteArrayOutputStream(), written -> { }))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfers.preview("a.csv", new byte[0]))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfers.commit("a.csv", new byte[0], List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
