package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The member registry in a real browser: the secretariat works on members, the board only reads them. */
class MemberJourneyIT extends BrowserTest {

    @Test
    void secretariat_finds_and_edits_a_member_and_the_board_sees_it_read_only() {
        logIn("secretaria", DEMO_PASSWORD);
        open("/socios");
        assertThat(page.locator("#members-count")).containsText("socios");
        assertGridReadsAsATable("#members-grid");
        screenshot("members-list");

        page.locator("#members-filters").click();
        choose("#filter-type", "Proveedor");
        choose("#filter-commune", "Calama");
        screenshot("members-filters");
        page.locator("#members-count").click();
        assertThat(page.locator("#members-filters-popover")).hasCount(0);
        assertThat(page.locator("#members-filters")).hasText("Filtros (2)");
        assertThat(page.locator("#members-active-filters")).containsText("Tipo: Proveedor");
        assertThat(page.locator("#members-active-filters")).containsText("Comuna: Calama");
        assertThat(page.locator("#members-grid")).containsText("Calama");
        screenshot("members-filtered");
        // Two quick clicks on the two chips, the second before the first one's answer: both filters go.
        page.locator("#members-active-filters vaadin-button").nth(1).click();
        page.locator("#members-active-filters vaadin-button").nth(0).click();
        waitForVaadin();
        screenshot("members-filters-removed");
        assertThat(page.locator("#members-active-filters vaadin-button")).hasCount(0);
        assertThat(page.locator("#members-filters")).hasText("Filtros");

        page.locator("#members-search input").fill("Maestranza");
        waitForVaadin();
        Locator firstRow = page.locator("#members-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^Maestranza"))).first();
        assertThat(firstRow).isVisible();
        firstRow.click();
        page.waitForURL(Pattern.compile(".*/socios/\\d+$"));
        waitForVaadin();
        String memberUrl = page.url();

        String newName = "Maestranza Editada " + UUID.randomUUID().toString().substring(0, 6) + " SpA";
        Locator legalName = page.locator("#field-legalName input");
        legalName.fill(newName);
        page.locator("#save-member").click();
        waitForVaadin();
        assertThat(page.getByText("Socio guardado.")).isVisible();
        assertThat(page.locator("#member-name")).hasText(newName);
        screenshot("member-editor-secretariat");

        open("/socios");
        page.locator("#members-search input").fill(newName.substring(0, 24));
        waitForVaadin();
        assertThat(page.locator("#members-grid")).containsText(newName);
        assertThat(page.locator("#members-count")).hasText("1 socio");

        context.clearCookies();
        logIn("directorio", DEMO_PASSWORD);
        page.navigate(memberUrl);
        waitForVaadin();
        assertThat(page.locator("#member-name")).hasText(newName);
        assertThat(page.locator("#read-only-note")).isVisible();
        assertThat(page.locator("#save-member")).hasCount(0);
        assertThat(page.locator("#change-status")).hasCount(0);
        assertThat(page.locator("#field-legalName")).hasAttribute("readonly", "");
        screenshot("member-editor-board-read-only");
    }

    @Test
    void a_wrong_rut_is_explained_next_to_the_field_and_the_fixed_member_is_saved() {
        logIn("secretaria", DEMO_PASSWORD);
        open("/socios/nuevo");
        page.locator("#field-rut input").fill("12.345.678-9");
        page.locator("#field-legalName input").click();
        assertThat(page.locator("#field-rut")).containsText("RUT inválido");
        screenshot("member-new-wrong-rut");

        int number = ThreadLocalRandom.current().nextInt(77_000_000, 77_999_999);
        String name = "Proveedora Nueva " + UUID.randomUUID().toString().substring(0, 6) + " SpA";
        page.locator("#field-rut input").fill(number + "-" + checkDigit(number));
        page.locator("#field-legalName input").fill(name);
        choose("#field-type", "Proveedor");
        choose("#field-commune", "Calama");
        page.locator("#field-status").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Postulante")).click();
        page.locator("#save-member").click();
        waitForVaadin();

        page.waitForURL(Pattern.compile(".*/socios/\\d+$"));
        assertThat(page.locator("#member-name")).hasText(name);
        assertThat(page.locator("#member-status")).hasText("Postulante");
    }

    @Test
    void secretariat_exports_the_filtered_list_and_reimports_a_corrected_file() throws Exception {
        logIn("secretaria", DEMO_PASSWORD);
        open("/socios");
        page.locator("#members-search input").fill("Asociación de Industriales");
        waitForVaadin();
        assertThat(page.locator("#members-count")).hasText("1 socio");

        page.locator("#member-files").click();
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(page.locator("#export-dialog")).containsText("Exportación lista: 1 socio.");
        screenshot("members-export-done");
        Path exported = Files.createTempFile("socios-e2e-", ".csv");
        download.saveAs(exported);

        String newTradeName = "AIA " + UUID.randomUUID().toString().substring(0, 6);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rows;
        List<String> headers;
        try (CSVParser parser = CSVParser.parse(Files.readString(exported).substring(1), format)) {
            headers = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        Assertions.assertThat(rows).hasSize(1);
        Path corrected = Files.createTempFile("socios-corregido-", ".csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(corrected),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(headers.toArray(String[]::new)).get())) {
            List<String> values = new ArrayList<>(rows.getFirst().toList());
            values.set(headers.indexOf("nombre_fantasia"), newTradeName);
            printer.printRecord(values);
        }
        page.locator("#export-dialog vaadin-button").click();

        open("/socios/importar");
        page.locator("#import-upload input[type='file']").setInputFiles(corrected);
        assertThat(page.locator("#import-summary")).containsText("por crear 0, por actualizar 1, filas con problemas 0.");
        screenshot("members-import-dry-run");
        page.locator("#import-commit").click();
        page.waitForURL(Pattern.compile(".*/socios$"));
        assertThat(page.getByText("Importación completa: creados 0, actualizados 1.")).isVisible();

        page.locator("#members-search input").fill("Asociación de Industriales");
        waitForVaadin();
        assertThat(page.locator("#members-count")).hasText("1 socio");
        page.locator("#members-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Asociación de Industriales")).first().click();
        page.waitForURL(Pattern.compile(".*/socios/\\d+$"));
        assertThat(page.locator("#field-tradeName input")).hasValue(newTradeName);
    }

    private void choose(String comboBox, String text) {
        page.locator(comboBox + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static char checkDigit(int number) {
        int sum = 0;
        int factor = 2;
        for (int rest = number; rest > 0; rest /= 10) {
            sum += (rest % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int digit = 11 - (sum % 11);
        return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
    }
}
