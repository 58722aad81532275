package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.Rut;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of local purchase reports from CSV or Excel in two steps, like the member import: a dry run that reports
 * every row's problems and whether it creates a report or updates the one of the same company (by RUT) and period,
 * then an all-or-nothing commit that refuses if the ledger changed since the dry run.
 */
@Service
@Transactional
public class LocalPurchaseTransferService {

    /** The file's columns, in order; the first five are required. */
    public static final List<String> COLUMNS = List.of("rut", "anio", "compras_totales", "compras_regionales",
            "fuente", "trimestre", "proveedores_regionales", "proveedores_totales", "pago_en_plazo", "nota");
    private static final List<String> REQUIRED_COLUMNS = COLUMNS.subList(0, 5);
    /** Which draft property each column fills, so that problems name the column the user sees. */
    static final Map<String, String> PROPERTY_COLUMN = Map.of("memberId", "rut", "year", "anio",
            "quarter", "trimestre", "totalClp", "compras_totales", "regionalClp", "compras_regionales",
            "regionalSuppliers", "proveedores_regionales", "totalSuppliers", "proveedores_totales",
            "paidOnTimePercent", "pago_en_plazo", "source", "fuente", "note", "nota");
    /** Headers people naturally write, simplified, and the column they mean ("Año" simplifies to "ano"). */
    private static final Map<String, String> ALIASES = Map.of("ano", "anio", "year", "anio", "quarter", "trimestre",
            "periodo", "trimestre");
    public static final int MAX_ROWS = 5_000;
    private static final int MAX_COMPANIES = 10_000;

    private static final Map<String, ReportSource> SOURCE_SYNONYMS = Map.of(
            "publico", ReportSource.PUBLIC_REPORT, "reporte", ReportSource.PUBLIC_REPORT,
            "memoria", ReportSource.PUBLIC_REPORT, "autodeclarado", ReportSource.SELF_DECLARED,
            "declarado", ReportSource.SELF_DECLARED, "auditado", ReportSource.AUDITED,
            "auditoria", ReportSource.AUDITED);

    private final LocalPurchaseService purchaseService;
    private final MemberService memberService;
    private final TranslationProvider translations;
    private final PurchaseImport reports = new PurchaseImport();

    LocalPurchaseTransferService(LocalPurchaseService purchaseService, MemberService memberService,
                                 TranslationProvider translations) {
        this.purchaseService = purchaseService;
        this.memberService = memberService;
        this.translations = translations;
    }

    /** Reports by company RUT and period: creates new ones, updates the one of the same company and period. */
    private final class PurchaseImport extends Importer<PurchaseImportRow> {

        PurchaseImport() {
            super(REQUIRED_COLUMNS, MAX_ROWS, ALIASES);
        }

        @Override
        protected List<PurchaseImportRow> check(List<SourceRow> rows) {
            Map<String, MemberOption> companies = companies();
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            return rows.stream().map(row -> LocalPurchaseTransferService.this.check(row, companies, firstRowOfKey)
                    .result()).toList();
        }

        @Override
        protected void write(List<SourceRow> rows, List<PurchaseImportRow> checked) {
            Map<String, MemberOption> companies = companies();
            for (int i = 0; i < rows.size(); i++) {
                PurchaseImportRow row = checked.get(i);
                LocalPurchaseDraft draft = LocalPurchaseTransferService.this.check(rows.get(i), companies,
                        new HashMap<>()).draft();
                if (row.reportId() != null) {
                    purchaseService.update(row.reportId(), row.version(), draft);
                } else {
                    purchaseService.create(draft);
                }
            }
        }
    }

    /** The dry run of a file (see {@link Importer#preview}): each row's outcome and problems; writes nothing. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public ImportPreview<PurchaseImportRow> preview(String fileName, byte[] content) {
        return reports.preview(fileName, content);
    }

    /** Applies an approved dry run, all rows or none ({@link Importer#commit}: refused if the ledger changed). */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ImportPreview<PurchaseImportRow> commit(String fileName, byte[] content, List<PurchaseImportRow> approved) {
        return reports.commit(fileName, content, approved);
    }

    private Map<String, MemberOption> companies() {
        return memberService.options(MemberType.MINING_COMPANY, null, PageRequest.of(0, MAX_COMPANIES)).stream()
                .collect(Collectors.toMap(MemberOption::rut, Function.identity(), (a, b) -> a));
    }

    private record Checked(PurchaseImportRow result, LocalPurchaseDraft draft) {
    }

    private Checked check(SourceRow row, Map<String, MemberOption> companies,
                          Map<String, Integer> firstRowOfKey) {
        Map<String, String> values = row.values();
        List<FieldProblem> problems = new ArrayList<>();
        LocalPurchaseDraft draft = new LocalPurchaseDraft();
        String rutText = ImportFile.clean(values.get("rut"));
        Optional<Rut> rut = Rut.parse(rutText);
        if (rutText.isEmpty()) {
            problems.add(new FieldProblem("memberId", "validation.required"));
        } else if (rut.isEmpty()) {
            problems.add(new FieldProblem("memberId", "member.rut.invalid"));
        } else {
            MemberOption company = companies.get(rut.get().normalised());
            if (company == null) {
                problems.add(new FieldProblem("memberId", "purchases.import.no-mining-company", rutText));
            } else {
                draft.setMemberId(company.id());
            }
        }
        draft.setYear(integer(values.get("anio"), "year", problems));
        draft.setQuarter(quarter(values.get("trimestre"), problems));
        draft.setTotalClp(amount(values.get("compras_totales"), "totalClp", problems));
        draft.setRegionalClp(amount(values.get("compras_regionales"), "regionalClp", problems));
        draft.setRegionalSuppliers(integer(values.get("proveedores_regionales"), "regionalSuppliers", problems));
        draft.setTotalSuppliers(integer(values.get("proveedores_totales"), "totalSuppliers", problems));
        draft.setPaidOnTimePercent(percent(values.get("pago_en_plazo"), problems));
        draft.setSource(source(values.get("fuente"), problems));
        draft.setNote(ImportFile.clean(values.get("nota")));

        Long reportId = null;
        Long version = null;
        if (draft.getMemberId() != null && draft.getYear() != null) {
            int quarter = draft.getQuarter() == null ? 0 : draft.getQuarter();
            Integer first = firstRowOfKey.putIfAbsent(draft.getMemberId() + "/" + draft.getYear() + "/" + quarter,
                    row.number());
            if (first != null) {
                problems.add(new FieldProblem("year", "purchases.import.repeated", first));
            }
            Optional<long[]> existing = purchaseService.idAndVersion(draft.getMemberId(), draft.getYear(), quarter);
            if (existing.isPresent()) {
                reportId = existing.get()[0];
                version = existing.get()[1];
            }
        }
        Long existingId = reportId;
        purchaseService.problems(draft, existingId).stream()
                .filter(problem -> problems.stream().noneMatch(p -> p.field().equals(problem.field())))
                .forEach(problems::add);
        List<FieldProblem> byColumn = problems.stream()
                .map(p -> new FieldProblem(PROPERTY_COLUMN.getOrDefault(p.field(), p.field()), p.key(), p.args()))
                .toList();
        ImportAction action = !byColumn.isEmpty() ? ImportAction.REJECT
                : reportId != null ? ImportAction.UPDATE : ImportAction.CREATE;
        return new Checked(new PurchaseImportRow(row.number(), rutText, ImportFile.clean(values.get("anio")),
                ImportFile.clean(values.get("trimestre")), action, byColumn, reportId, version), draft);
    }

    private static Integer integer(String value, String field, List<FieldProblem> problems) {
        String text = ImportFile.clean(value).replace(".", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "purchases.import.number.invalid", ImportFile.clean(value)));
            return null;
        }
    }

    /** Blank or 0 is the whole year; 1 to 4, or T1/Q1 to T4/Q4, a quarter. */
    private static Integer quarter(String value, List<FieldProblem> problems) {
        String text = ImportFile.clean(value).toUpperCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("0")) {
            return null;
        }
        if (text.matches("[TQ][1-4]")) {
            return text.charAt(1) - '0';
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("quarter", "purchases.quarter.range"));
            return null;
        }
    }

    /** Whole pesos: 1234567, 1.234.567 or $ 1.234.567; anything else (decimals, letters) is a problem. */
    private static Long amount(String value, String field, List<FieldProblem> problems) {
        String text = ImportFile.clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Long amount = DisplayFormats.parseClp(text).orElse(null);
        if (amount == null) {
            problems.add(new FieldProblem(field, "purchases.import.amount.invalid", text));
        }
        return amount;
    }

    /** A percentage such as 85, 85,5, 85.5 or 85 %. */
    private static BigDecimal percent(String value, List<FieldProblem> problems) {
        String text = ImportFile.clean(value).replace("%", "").replace(" ", "").replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("paidOnTimePercent", "purchases.import.number.invalid", ImportFile.clean(value)));
            return null;
        }
    }

    private ReportSource source(String value, List<FieldProblem> problems) {
        String text = ImportFile.clean(value);
        if (text.isEmpty()) {
            return null;
        }
        String wanted = ImportFile.simplified(text);
        for (ReportSource source : ReportSource.values()) {
            if (ImportFile.simplified(source.name()).equals(wanted)
                    || ImportFile.simplified(translations.getTranslation(source.labelKey(),
                    TranslationProvider.SPANISH_CHILE)).equals(wanted)
                    || ImportFile.simplified(translations.getTranslation(source.labelKey(),
                    TranslationProvider.ENGLISH)).equals(wanted)) {
                return source;
            }
        }
        ReportSource synonym = SOURCE_SYNONYMS.get(wanted);
        if (synonym == null) {
            problems.add(new FieldProblem("source", "import.value.unknown", text));
        }
        return synonym;
    }
}
