package cl.clusterminero.gestion.shared.transfer;

import cl.clusterminero.gestion.shared.DisplayFormats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the rows of an uploaded CSV (semicolon or comma, UTF-8 or Windows-1252) or Excel file, keyed by simplified
 * column names, each with the row number the user's editor shows; and the conventions every import and export share
 * (the apostrophe that keeps a spreadsheet from running a value as a formula).
 */
public final class ImportFile {

    /** Characters that make a spreadsheet read a CSV value as a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    /** A data row of the file with the row number the spreadsheet or text editor shows for it. */
    public record SourceRow(int number, Map<String, String> values) {
    }

    private ImportFile() {
    }

    /** At most {@code maxRows + 1} data rows, so that a caller can tell a file that has too many. */
    public static List<SourceRow> read(String fileName, byte[] content, int maxRows) throws IOException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") ? readExcel(content, maxRows)
                : readCsv(content, maxRows);
    }

    /** Lower case, without accents, spaces or punctuation: "Reporte público" = "reportepublico". */
    public static String simplified(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    public static String columnName(String header) {
        String decomposed = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * A value a spreadsheet would run as a formula (a phone such as +56 55..., or a hostile "=HYPERLINK(...)")
     * gets a leading apostrophe, which {@link #clean} removes again on import.
     */
    public static String safeForSpreadsheet(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Trimmed ("" for a missing cell), without the apostrophe an export puts before a formula-like value. */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.startsWith("'") && trimmed.length() > 1 && FORMULA_START.indexOf(trimmed.charAt(1)) >= 0
                ? trimmed.substring(1) : trimmed;
    }

    private static List<SourceRow> readCsv(byte[] content, int maxRows) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> headers = parser.getHeaderNames().stream().map(ImportFile::columnName).toList();
            int line = 1;
            long scanned = 0;
            for (CSVRecord record : parser) {
                // The record's first line, counted from its position, so multi-line notes keep numbers right.
                for (long i = scanned; i < record.getCharacterPosition() && i < text.length(); i++) {
                    if (text.charAt((int) i) == '\n') {
                        line++;
                    }
                }
                scanned = record.getCharacterPosition();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    if (!headers.get(i).isEmpty()) {
                        row.put(headers.get(i), record.get(i));
                    }
                }
                headers.stream().filter(header -> !header.isEmpty()).forEach(header -> row.putIfAbsent(header, ""));
                if (row.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SourceRow(line, row));
                if (rows.size() > maxRows) {
                    break;
                }
            }
        }
        return rows;
    }

    /** UTF-8 when the bytes are valid UTF-8; otherwise the Windows encoding Excel uses for CSV in Chile. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static List<SourceRow> readExcel(byte[] content, int maxRows) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                headers.add(cell == null ? "" : columnName(formatter.formatCellValue(cell)));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row source = sheet.getRow(r);
                if (source == null) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    if (headers.get(c).isEmpty()) {
                        continue;
                    }
                    Cell cell = source.getCell(c);
                    row.put(headers.get(c), cell == null ? "" : cellText(cell, formatter).strip());
                }
                if (row.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SourceRow(r + 1, row));
                if (rows.size() > maxRows) {
                    break;
                }
            }
        }
        return rows;
    }

    /**
     * Dates as dd-MM-yyyy, numbers as plain digits (large CLP amounts must not become 1,23E+11), other cells as Excel
     * shows them.
     */
    private static String cellText(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DisplayFormats.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.NUMERIC) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
