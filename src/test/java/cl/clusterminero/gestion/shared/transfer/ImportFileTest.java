package cl.clusterminero.gestion.shared.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The file reader every import shares: what a user's CSV or Excel file becomes before any feature checks it. */
class ImportFileTest {

    @Test
    void semicolon_or_comma_separated_files_are_read_with_simplified_headers() throws IOException {
        List<ImportFile.SourceRow> semicolon = ImportFile.read("a.csv",
                "\uFEFFRUT;Razón social\n1-9;Minera Uno\n".getBytes(StandardCharsets.UTF_8), 10);
        List<ImportFile.SourceRow> comma = ImportFile.read("a.csv",
                "RUT,Razón social\n1-9,Minera Uno\n".getBytes(StandardCharsets.UTF_8), 10);

        assertThat(semicolon).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.values()).containsEntry("rut", "1-9").containsEntry("razon_social", "Minera Uno");
        });
        assertThat(comma.getFirst().values()).isEqualTo(semicolon.getFirst().values());
    }

    @Test
    void a_csv_saved_by_excel_in_windows_1252_keeps_its_accents() throws IOException {
        byte[] file = "rut;comuna\n1-9;María Elena\n".getBytes(Charset.forName("windows-1252"));

        assertThat(ImportFile.read("a.csv", file, 10).getFirst().values()).containsEntry("comuna", "María Elena");
    }

    @Test
    void multi_line_values_keep_the_row_numbers_right_and_blank_rows_are_skipped() throws IOException {
        byte[] file = "rut;notas\n1-9;\"dos\nlíneas\"\n2-7;x\n;\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ImportFile.read("a.csv", file, 10)).extracting(ImportFile.SourceRow::number)
                .containsExactly(2, 4);
    }

    @Test
    void reading_stops_one_row_past_the_limit_so_that_too_long_files_can_be_told() throws IOException {
        StringBuilder csv = new StringBuilder("rut\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append('\n');
        }

        assertThat(ImportFile.read("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 5)).hasSize(6);
    }

    @Test
    void the_export_apostrophe_before_formula_like_values_is_removed_again() {
        assertThat(ImportFile.safeForSpreadsheet("+56 55 221 3344")).isEqualTo("'+56 55 221 3344");
        assertThat(ImportFile.clean(" '+56 55 221 3344 ")).isEqualTo("+56 55 221 3344");
        assertThat(ImportFile.clean("'O'Higgins")).isEqualTo("'O'Higgins");
        assertThat(ImportFile.clean(null)).isEmpty();
    }

    @Test
    void excel_date_cells_read_as_dd_mm_yyyy_and_large_amounts_exactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("fecha_ingreso");
            header.createCell(1).setCellValue("compras_totales");
            Row row = sheet.createRow(1);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(0).setCellValue(LocalDate.of(2023, 3, 7));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue(123_456_789_012d);
            workbook.write(out);
        }

        assertThat(ImportFile.read("a.xlsx", out.toByteArray(), 10).getFirst().values())
                .containsEntry("fecha_ingreso", "07-03-2023").containsEntry("compras_totales", "123456789012");
    }
}
