package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of the members list (as filtered and sorted on screen) to CSV or Excel, and import of members from such a
 * file in two steps: a dry run that reports every row's problems and what it would do (create, or update the member
 * with the same RUT), then an all-or-nothing commit. Export and import use the same columns, so an exported file can
 * be corrected and imported again.
 */
@Service
@Transactional
public class MemberTransferService {

    /** The file's columns, in order; the first four are required in an import. */
    public static final List<String> COLUMNS = List.of("rut", "razon_social", "nombre_fantasia", "tipo", "tamano",
            "giro", "codigo_actividad", "comuna", "direccion", "sitio_web", "email", "telefono", "estado",
            "fecha_ingreso", "notas");
    private static final List<String> REQUIRED_COLUMNS = List.of("rut", "razon_social", "tipo", "comuna");
    /** Which draft property each column fills, so that problems name the column the user sees. */
    static final Map<String, String> PROPERTY_COLUMN = Map.ofEntries(
            Map.entry("rut", "rut"), Map.entry("legalName", "razon_social"), Map.entry("tradeName", "nombre_fantasia"),
            Map.entry("type", "tipo"), Map.entry("size", "tamano"), Map.entry("activity", "giro"),
            Map.entry("activityCode", "codigo_actividad"), Map.entry("commune", "comuna"),
            Map.entry("address", "direccion"), Map.entry("website", "sitio_web"), Map.entry("email", "email"),
            Map.entry("phone", "telefono"), Map.entry("status", "estado"), Map.entry("joinDate", "fecha_ingreso"),
            Map.entry("notes", "notas"));
    public static final int MAX_ROWS = 20_000;
    private static final int PAGE = 500;
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DisplayFormats.DATE,
            DateTimeFormatter.ofPattern("d-M-yyyy"), DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final MemberRepository members;
    private final MemberService memberService;
    private final TranslationProvider translations;
    private final EntityManager entityManager;

    MemberTransferService(MemberRepository members, MemberService memberService, TranslationProvider translations,
                          EntityManager entityManager) {
        this.members = members;
        this.memberService = memberService;
        this.translations = translations;
        this.entityManager = entityManager;
    }

    // --- export --------------------------------------------------------------------------------------------------

    /**
     * Writes the members matching the filter, in the given order, page by page so that memory stays flat; reports
     * the number of rows written so far after each page. Returns the number of rows written.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public int export(MemberFilter filter, Sort sort, ExportFormat format, Locale locale, OutputStream out,
                      IntConsumer progress) {
        try {
            return format == ExportFormat.CSV ? exportCsv(filter, sort, locale, out, progress)
                    : exportExcel(filter, sort, locale, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int exportCsv(MemberFilter filter, Sort sort, Locale locale, OutputStream out, IntConsumer progress)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets Excel open the UTF-8 file with accents intact
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(COLUMNS.toArray(String[]::new)).get());
        int written = forEachPage(filter, sort, page -> {
            for (Member member : page) {
                printer.printRecord(values(member, locale));
            }
        }, progress);
        printer.flush();
        return written;
    }

    private int exportExcel(MemberFilter filter, Sort sort, Locale locale, OutputStream out, IntConsumer progress)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(translations.getTranslation("members.title", locale));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int[] rowIndex = {1};
            int written = forEachPage(filter, sort, page -> {
                for (Member member : page) {
                    Row row = sheet.createRow(rowIndex[0]++);
                    List<String> values = values(member, locale);
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }, progress);
            workbook.write(out);
            return written;
        }
    }

    private interface PageWriter {
        void write(List<Member> page) throws IOException;
    }

    private int forEachPage(MemberFilter filter, Sort sort, PageWriter writer, IntConsumer progress)
            throws IOException {
        MemberService.SearchText text = MemberService.SearchText.of(filter.text());
        int written = 0;
        for (int page = 0; ; page++) {
            List<Member> rows = members.searchMembers(text.namePrefix(), text.rutPrefix(), filter.type(),
                    filter.commune(), filter.size(), filter.status(),
                    MemberService.withSafeSort(PageRequest.of(page, PAGE, sort)));
            writer.write(rows);
            written += rows.size();
            entityManager.clear();
            progress.accept(written);
            if (rows.size() < PAGE) {
                return written;
            }
        }
    }

    private List<String> values(Member member, Locale locale) {
        MemberDraft d = member.toDraft();
        return List.of(d.getRut(), d.getLegalName(), text(d.getTradeName()),
                translations.getTranslation(d.getType().labelKey(), locale),
                d.getSize() == null ? "" : translations.getTranslation(d.getSize().labelKey(), locale),
                text(d.getActivity()), text(d.getActivityCode()),
                translations.getTranslation(d.getCommune().labelKey(), locale), text(d.getAddress()),
                text(d.getWebsite()), text(d.getEmail()), text(d.getPhone()),
                translations.getTranslation(d.getStatus().labelKey(), locale),
                DisplayFormats.date(member.getJoinDate()), text(d.getNotes()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    // --- import --------------------------------------------------------------------------------------------------

    /** The dry run: reads the file and reports, without writing anything, what each row would do and why not. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ImportPreview preview(String fileName, byte[] content) {
        List<FieldProblem> fileProblems = new ArrayList<>();
        List<Map<String, String>> rows;
        try {
            rows = isExcel(fileName) ? readExcel(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            return new ImportPreview(fileName, List.of(),
                    List.of(new FieldProblem("file", "import.file.unreadable")));
        }
        if (rows.isEmpty()) {
            return new ImportPreview(fileName, List.of(), List.of(new FieldProblem("file", "import.file.empty")));
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !rows.getFirst().containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            fileProblems.add(new FieldProblem("file", "import.file.missing-columns", String.join(", ", missing)));
            return new ImportPreview(fileName, List.of(), fileProblems);
        }
        if (rows.size() > MAX_ROWS) {
            fileProblems.add(new FieldProblem("file", "import.file.too-many-rows", MAX_ROWS));
            return new ImportPreview(fileName, List.of(), fileProblems);
        }
        List<ImportRowResult> results = new ArrayList<>();
        Map<String, Integer> firstRowOfRut = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 2; // the header is row 1, as the spreadsheet numbers it
            results.add(check(rowNumber, rows.get(i), firstRowOfRut));
        }
        return new ImportPreview(fileName, results, fileProblems);
    }

    /** Applies a file whose dry run has no problems, all rows in one transaction; otherwise writes nothing. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ImportPreview commit(String fileName, byte[] content) {
        ImportPreview preview = preview(fileName, content);
        if (!preview.committable()) {
            throw new ImportRefusedException(preview);
        }
        List<Map<String, String>> rows;
        try {
            rows = isExcel(fileName) ? readExcel(content) : readCsv(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> ignored = new ArrayList<>();
            MemberDraft draft = toDraft(rows.get(i), ignored);
            String rut = Rut.parse(draft.getRut()).orElseThrow().normalised();
            Optional<Member> existing = members.findByRut(rut);
            if (existing.isPresent()) {
                memberService.update(existing.get().getId(), existing.get().getVersion(), draft);
            } else {
                memberService.create(draft);
            }
        }
        return preview;
    }

    private ImportRowResult check(int rowNumber, Map<String, String> row, Map<String, Integer> firstRowOfRut) {
        List<FieldProblem> problems = new ArrayList<>();
        MemberDraft draft = toDraft(row, problems);
        Optional<Rut> rut = Rut.parse(draft.getRut());
        Long existingId = rut.flatMap(r -> members.findByRut(r.normalised())).map(Member::getId).orElse(null);
        if (rut.isPresent()) {
            Integer first = firstRowOfRut.putIfAbsent(rut.get().normalised(), rowNumber);
            if (first != null) {
                problems.add(new FieldProblem("rut", "import.rut.repeated", first));
            }
        }
        memberService.problems(draft, existingId).stream()
                .filter(problem -> problems.stream().noneMatch(p -> p.field().equals(problem.field())))
                .forEach(problems::add);
        List<FieldProblem> byColumn = problems.stream()
                .map(p -> new FieldProblem(PROPERTY_COLUMN.getOrDefault(p.field(), p.field()), p.key(), p.args()))
                .toList();
        ImportAction action = !byColumn.isEmpty() ? ImportAction.REJECT
                : existingId != null ? ImportAction.UPDATE : ImportAction.CREATE;
        return new ImportRowResult(rowNumber, row.getOrDefault("rut", ""), row.getOrDefault("razon_social", ""),
                action, byColumn);
    }

    /** Fills a draft from a row; values that are not one of the allowed choices or dates become problems. */
    private MemberDraft toDraft(Map<String, String> row, List<FieldProblem> problems) {
        MemberDraft draft = new MemberDraft();
        draft.setRut(row.getOrDefault("rut", ""));
        draft.setLegalName(row.getOrDefault("razon_social", ""));
        draft.setTradeName(emptyToNull(row.get("nombre_fantasia")));
        draft.setType(choice(MemberType.class, row.get("tipo"), MemberType::labelKey, "type", problems));
        draft.setSize(choice(CompanySize.class, row.get("tamano"), CompanySize::labelKey, "size", problems));
        draft.setActivity(emptyToNull(row.get("giro")));
        draft.setActivityCode(row.get("codigo_actividad"));
        draft.setCommune(choice(Commune.class, row.get("comuna"), Commune::labelKey, "commune", problems));
        draft.setAddress(emptyToNull(row.get("direccion")));
        draft.setWebsite(row.get("sitio_web"));
        draft.setEmail(row.get("email"));
        draft.setPhone(row.get("telefono"));
        draft.setNotes(emptyToNull(row.get("notas")));
        MembershipStatus status = choice(MembershipStatus.class, row.get("estado"), MembershipStatus::labelKey,
                "status", problems);
        draft.setStatus(status == null ? MembershipStatus.ACTIVE : status);
        draft.setJoinDate(date(row.get("fecha_ingreso"), "joinDate", problems));
        return draft;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, java.util.function.Function<E, String> key,
                                         String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = simplified(value);
        for (E constant : type.getEnumConstants()) {
            if (simplified(constant.name()).equals(wanted)
                    || simplified(translations.getTranslation(key.apply(constant), TranslationProvider.SPANISH_CHILE))
                    .equals(wanted)
                    || simplified(translations.getTranslation(key.apply(constant), TranslationProvider.ENGLISH))
                    .equals(wanted)) {
                return constant;
            }
        }
        problems.add(new FieldProblem(field, "import.value.unknown", value));
        return null;
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        problems.add(new FieldProblem(field, "import.date.invalid", value));
        return null;
    }

    /** Lower case, without accents, spaces or punctuation: "Empresa minera (mandante)" = "empresamineramandante". */
    static String simplified(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    private static String columnName(String header) {
        String decomposed = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isExcel(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    private static List<Map<String, String>> readCsv(byte[] content) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> headers = parser.getHeaderNames().stream().map(MemberTransferService::columnName).toList();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    row.put(headers.get(i), record.get(i));
                }
                headers.forEach(header -> row.putIfAbsent(header, ""));
                rows.add(row);
                if (rows.size() > MAX_ROWS) {
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

    private static List<Map<String, String>> readExcel(byte[] content) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
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
                boolean empty = true;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = source.getCell(c);
                    String value = cell == null ? "" : cellText(cell, formatter);
                    empty &= value.isBlank();
                    row.put(headers.get(c), value.strip());
                }
                if (!empty) {
                    rows.add(row);
                }
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
        }
        return rows;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DisplayFormats.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return formatter.formatCellValue(cell);
    }
}
