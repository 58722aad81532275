package cl.clusterminero.gestion.purchases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.ImportRefusedException;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The two-step import: a dry run with every row's problems, then all rows or none. */
@IntegrationTest
@WithAppUser(Role.SECRETARIAT)
class LocalPurchaseImportTest {

    private static final String HEADER =
            "rut;anio;trimestre;compras_totales;compras_regionales;proveedores_regionales;proveedores_totales;"
                    + "pago_en_plazo;fuente;nota\n";

    @Autowired
    LocalPurchaseTransferService transfers;

    @Autowired
    LocalPurchaseService service;

    @Autowired
    MemberService members;

    long mine;
    String rut;
    String supplierRut;

    @BeforeEach
    void companies() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        rut = PurchaseTestData.freshRut();
        mine = PurchaseTestData.member(members, "Minera Importada " + tag, MemberType.MINING_COMPANY, rut);
        supplierRut = PurchaseTestData.freshRut();
        PurchaseTestData.member(members, "Proveedora Importada " + tag, MemberType.SUPPLIER, supplierRut);
    }

    @Test
    void a_clean_file_creates_reports_and_a_second_import_updates_them_by_rut_and_period() {
        byte[] file = csv(rut + ";2024;;1.000.000.000;170.000.000;120;900;85,5;Reporte público;Memoria 2024\n"
                + rut.replace(".", "") + ";2024;T1;$ 300.000.000;60.000.000;;;;autodeclarado;\n");
        ImportPreview<PurchaseImportRow> preview = transfers.preview("compras.csv", file);
        assertThat(preview.rows()).extracting(PurchaseImportRow::action)
                .containsExactly(ImportAction.CREATE, ImportAction.CREATE);

        transfers.commit("compras.csv", file, preview.rows());

        assertThat(service.search(new LocalPurchaseFilter(mine, null, null, null),
                Pageable.unpaged()))
                .extracting(LocalPurchaseRow::year, LocalPurchaseRow::quarter, LocalPurchaseRow::totalClp,
                        LocalPurchaseRow::source)
                .containsExactly(Tuple.tuple(2024, 1, 300_000_000L, ReportSource.SELF_DECLARED),
                        Tuple.tuple(2024, 0, 1_000_000_000L, ReportSource.PUBLIC_REPORT));

        byte[] again = csv(rut + ";2024;0;1.000.000.000;180.000.000;120;900;85,5;Auditado;Memoria auditada\n");
        ImportPreview<PurchaseImportRow> update = transfers.preview("compras.csv", again);
        assertThat(update.rows()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(ImportAction.UPDATE);
            assertThat(row.reportId()).isNotNull();
        });
        transfers.commit("compras.csv", again, update.rows());
        assertThat(service.details(update.rows().getFirst().reportId()).draft().getRegionalClp())
                .isEqualTo(180_000_000L);
    }

    @Test
    void import_with_bad_rows_commits_nothing_and_says_where_each_problem_is() {
        byte[] file = csv(rut + ";2024;;1.000.000;100.000;;;;Reporte público;\n"
                + rut + ";2023;;1.000.000;2.000.000;;;;Reporte público;\n"
                + supplierRut + ";2023;;1.000;100;;;;Reporte público;\n"
                + rut + ";2022;7;1.000,50;100;;;150;Rumor;\n"
                + rut + ";2024;;5;1;;;;Auditado;\n");
        ImportPreview<PurchaseImportRow> preview = transfers.preview("compras.csv", file);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.count(ImportAction.CREATE)).isEqualTo(1);
        assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(Tuple.tuple("compras_regionales",
                        "purchases.regional.above-total"));
        assertThat(preview.rows().get(1).rowNumber()).isEqualTo(3);
        assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(Tuple.tuple("rut", "purchases.import.no-mining-company"));
        assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "trimestre", "compras_totales", "pago_en_plazo", "fuente");
        assertThat(preview.rows().get(4).problems()).extracting(FieldProblem::key)
                .containsExactly("purchases.import.repeated");

        assertThatThrownBy(() -> transfers.commit("compras.csv", file, preview.rows()))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(service.count(new LocalPurchaseFilter(mine, null, null, null))).isZero();
    }

    @Test
    void a_commit_is_refused_when_the_ledger_changed_since_the_dry_run() {
        byte[] file = csv(rut + ";2024;;1.000.000;100.000;;;;Reporte público;\n"
                + rut + ";2023;;1.000.000;100.000;;;;Reporte público;\n");
        ImportPreview<PurchaseImportRow> preview = transfers.preview("compras.csv", file);
        service.create(PurchaseTestData.draft(mine, 2023, null, 5, 1));

        assertThatThrownBy(() -> transfers.commit("compras.csv", file, preview.rows()))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.changedSinceCheck()).isTrue());
        assertThat(service.count(new LocalPurchaseFilter(mine, null, null, null))).isEqualTo(1);
    }

    @Test
    void an_excel_file_with_large_numeric_amounts_is_read_exactly() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("compras");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("RUT", "Año", "Compras totales", "Compras regionales", "Fuente");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(rut);
            row.createCell(1).setCellValue(2024);
            row.createCell(2).setCellValue(3_290_000_000_123d);
            row.createCell(3).setCellValue(559_300_000_000d);
            row.createCell(4).setCellValue("Public report");
            workbook.write(out);
            file = out.toByteArray();
        }
        ImportPreview<PurchaseImportRow> preview = transfers.preview("compras.xlsx", file);
        assertThat(preview.committable()).as(preview.toString()).isTrue();
        transfers.commit("compras.xlsx", file, preview.rows());
        assertThat(service.search(new LocalPurchaseFilter(mine, 2024, null, null),
                Pageable.unpaged())).singleElement()
                .satisfies(r -> assertThat(r.totalClp()).isEqualTo(3_290_000_000_123L));
    }

    @Test
    void the_sample_file_in_the_docs_passes_the_dry_run() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("docs/compras-locales-ejemplo.csv"));
        // The sample names two demo mining companies by RUT; the test database has no demo data, so make sure
        // they exist.
        for (String sampleRut : List.of("96.113.571-0", "96.127.142-8")) {
            String normalised = Rut.parse(sampleRut).orElseThrow().normalised();
            boolean exists = service.miningCompanies(null, PageRequest.of(0, 10_000))
                    .stream().anyMatch(option -> option.rut().equals(normalised));
            if (!exists) {
                PurchaseTestData.member(members, "Minera de muestra " + sampleRut, MemberType.MINING_COMPANY,
                        sampleRut);
            }
        }
        ImportPreview<PurchaseImportRow> preview = transfers.preview("compras-locales-ejemplo.csv", sample);
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }
}
