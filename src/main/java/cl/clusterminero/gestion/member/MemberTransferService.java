package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportFile;
import cl.clusterminero.gestion.shared.transfer.ImportFile.SourceRow;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.Importer;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
    /** Strict, so that 31-02-2023 is refused instead of quietly becoming 28-02-2023. */
    private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of("d-M-uuuu", "d/M/uuuu",
                    "uuuu-MM-dd")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();

    private final MemberRepository members;
    private final MemberService memberService;
    private final TranslationProvider translations;
    private final EntityManager entityManager;
    private final MemberImport memberImport = new MemberImport();

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
                printer.printRecord(values(member, locale).stream().map(ImportFile::safeForSpreadsheet)
                        .toList());
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
        MemberSearch search = MemberSearch.of(filter);
        int written = 0;
        for (int page = 0; ; page++) {
            List<Long> ids = members.searchIds(search, MemberService.withSafeSort(PageRequest.of(page, PAGE, sort)));
            Map<Long, Member> byId = new HashMap<>();
            members.findAllById(ids).forEach(member -> byId.put(member.getId(), member));
            List<Member> rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
    public ImportPreview<ImportRowResult> preview(String fileName, byte[] content) {
        return memberImport.preview(fileName, content);
    }

    /**
     * Applies a file whose dry run has no problems, all rows in one transaction, provided nothing changed since the
     * user saw the dry run ({@code approved}: same rows, same actions, same member versions). Otherwise writes
     * nothing and says why.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ImportPreview<ImportRowResult> commit(String fileName, byte[] content, List<ImportRowResult> approved) {
        return memberImport.commit(fileName, content, approved);
    }

    /** Members by RUT: creates new ones, updates those that exist with the columns the file has. */
    private final class MemberImport extends Importer<ImportRowResult> {

        MemberImport() {
            super(REQUIRED_COLUMNS, MAX_ROWS, Map.of());
        }

        @Override
        protected List<ImportRowResult> check(List<SourceRow> rows) {
            Map<String, Integer> firstRowOfRut = new HashMap<>();
            return rows.stream().map(row -> MemberTransferService.this.check(row, firstRowOfRut)).toList();
        }

        @Override
        protected void write(List<SourceRow> rows, List<ImportRowResult> checked) {
            entityManager.clear();
            for (int i = 0; i < rows.size(); i++) {
                ImportRowResult row = checked.get(i);
                Optional<Member> existing = row.memberId() == null ? Optional.empty()
                        : members.findById(row.memberId());
                MemberDraft draft = toDraft(rows.get(i).values(), existing, new ArrayList<>());
                if (existing.isPresent()) {
                    memberService.update(row.memberId(), row.version(), draft);
                } else {
                    memberService.create(draft);
                }
                if (i % 200 == 199) {
                    // Keeps each flush's dirty check small on large files.
                    entityManager.flush();
                    entityManager.clear();
                }
            }
        }
    }

    private ImportRowResult check(SourceRow row, Map<String, Integer> firstRowOfRut) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Rut> rut = Rut.parse(ImportFile.clean(row.values().get("rut")));
        Optional<Member> existing = rut.flatMap(r -> members.findByRut(r.normalised()));
        MemberDraft draft = toDraft(row.values(), existing, problems);
        if (rut.isPresent()) {
            Integer first = firstRowOfRut.putIfAbsent(rut.get().normalised(), row.number());
            if (first != null) {
                problems.add(new FieldProblem("rut", "import.rut.repeated", first));
            }
        }
        Long existingId = existing.map(Member::getId).orElse(null);
        memberService.problems(draft, existingId).stream()
                .filter(problem -> problems.stream().noneMatch(p -> p.field().equals(problem.field())))
                .forEach(problems::add);
        List<FieldProblem> byColumn = problems.stream()
                .map(p -> new FieldProblem(PROPERTY_COLUMN.getOrDefault(p.field(), p.field()), p.key(), p.args()))
                .toList();
        ImportAction action = !byColumn.isEmpty() ? ImportAction.REJECT
                : existingId != null ? ImportAction.UPDATE : ImportAction.CREATE;
        return new ImportRowResult(row.number(), row.values().getOrDefault("rut", ""),
                row.values().getOrDefault("razon_social", ""), action, byColumn, existingId,
                existing.map(Member::getVersion).orElse(null));
    }

    /**
     * The draft a row describes. For a member that exists, only the columns present in the file change its data
     * (a file with just the required columns keeps the rest), and status and join date must match the registry:
     * those change through the membership lifecycle, not by import. Values that are not one of the allowed choices
     * or dates become problems.
     */
    private MemberDraft toDraft(Map<String, String> row, Optional<Member> existing, List<FieldProblem> problems) {
        MemberDraft draft = existing.map(Member::toDraft).orElseGet(MemberDraft::new);
        if (row.containsKey("rut")) {
            draft.setRut(ImportFile.clean(row.get("rut")));
        }
        if (row.containsKey("razon_social")) {
            draft.setLegalName(ImportFile.clean(row.get("razon_social")));
        }
        if (row.containsKey("nombre_fantasia")) {
            draft.setTradeName(emptyToNull(ImportFile.clean(row.get("nombre_fantasia"))));
        }
        if (row.containsKey("tipo")) {
            draft.setType(choice(MemberType.class, row.get("tipo"), MemberType::labelKey, "type", problems));
        }
        if (row.containsKey("tamano")) {
            draft.setSize(choice(CompanySize.class, row.get("tamano"), CompanySize::labelKey, "size", problems));
        }
        if (row.containsKey("giro")) {
            draft.setActivity(emptyToNull(ImportFile.clean(row.get("giro"))));
        }
        if (row.containsKey("codigo_actividad")) {
            draft.setActivityCode(activityCode(ImportFile.clean(row.get("codigo_actividad"))));
        }
        if (row.containsKey("comuna")) {
            draft.setCommune(choice(Commune.class, row.get("comuna"), Commune::labelKey, "commune", problems));
        }
        if (row.containsKey("direccion")) {
            draft.setAddress(emptyToNull(ImportFile.clean(row.get("direccion"))));
        }
        if (row.containsKey("sitio_web")) {
            draft.setWebsite(website(ImportFile.clean(row.get("sitio_web"))));
        }
        if (row.containsKey("email")) {
            draft.setEmail(ImportFile.clean(row.get("email")));
        }
        if (row.containsKey("telefono")) {
            draft.setPhone(ImportFile.clean(row.get("telefono")));
        }
        if (row.containsKey("notas")) {
            draft.setNotes(emptyToNull(ImportFile.clean(row.get("notas"))));
        }
        MembershipStatus status = choice(MembershipStatus.class, row.get("estado"), MembershipStatus::labelKey,
                "status", problems);
        LocalDate joinDate = date(row.get("fecha_ingreso"), "joinDate", problems);
        if (existing.isPresent()) {
            if (status != null && status != existing.get().getStatus()) {
                problems.add(new FieldProblem("status", "import.status.on-update"));
            }
            if (joinDate != null && !joinDate.equals(existing.get().getJoinDate())) {
                problems.add(new FieldProblem("joinDate", "import.status.on-update"));
            }
        } else {
            draft.setJoinDate(joinDate);
            // Without a status, a row with a join date is an active member and one without it a prospect.
            draft.setStatus(status != null ? status
                    : joinDate != null ? MembershipStatus.ACTIVE : MembershipStatus.PROSPECT);
        }
        return draft;
    }

    private static final Map<String, Enum<?>> SYNONYMS = Map.ofEntries(
            Map.entry("mandante", MemberType.MINING_COMPANY), Map.entry("empresaminera", MemberType.MINING_COMPANY),
            Map.entry("minera", MemberType.MINING_COMPANY), Map.entry("mineria", MemberType.MINING_COMPANY),
            Map.entry("proveedora", MemberType.SUPPLIER), Map.entry("universidad", MemberType.ACADEMIA),
            Map.entry("municipio", MemberType.MUNICIPALITY), Map.entry("asociaciongremial",
                    MemberType.TRADE_ASSOCIATION),
            Map.entry("servicopublico", MemberType.PUBLIC_BODY), Map.entry("serviciopublico", MemberType.PUBLIC_BODY),
            Map.entry("pequeno", CompanySize.SMALL), Map.entry("mediano", CompanySize.MEDIUM),
            Map.entry("microempresa", CompanySize.MICRO),
            Map.entry("fuera", Commune.OUTSIDE_REGION), Map.entry("otraregion", Commune.OUTSIDE_REGION),
            Map.entry("sanpedro", Commune.SAN_PEDRO_DE_ATACAMA));

    private <E extends Enum<E>> E choice(Class<E> type, String value, Function<E, String> key,
                                         String field, List<FieldProblem> problems) {
        String text = ImportFile.clean(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = ImportFile.simplified(text);
        for (E constant : type.getEnumConstants()) {
            if (ImportFile.simplified(constant.name()).equals(wanted) || ImportFile.simplified(
                    translations.getTranslation(key.apply(constant), TranslationProvider.SPANISH_CHILE)).equals(wanted)
                    || ImportFile.simplified(translations.getTranslation(key.apply(constant),
                    TranslationProvider.ENGLISH)).equals(wanted)) {
                return constant;
            }
        }
        Enum<?> synonym = SYNONYMS.get(wanted);
        if (type.isInstance(synonym)) {
            return type.cast(synonym);
        }
        problems.add(new FieldProblem(field, "import.value.unknown", text));
        return null;
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        String text = ImportFile.clean(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        problems.add(new FieldProblem(field, "import.date.invalid", text));
        return null;
    }

    /** Spreadsheets drop the leading zeros of codes such as 051000 (copper mining). */
    private static String activityCode(String value) {
        if (value != null && value.matches("\\d{1,5}")) {
            return "0".repeat(6 - value.length()) + value;
        }
        return value;
    }

    /** People write web addresses without the scheme; such an address is taken as https. */
    private static String website(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.matches("(?i)[a-z][a-z0-9+.-]*://.*") ? value : "https://" + value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
