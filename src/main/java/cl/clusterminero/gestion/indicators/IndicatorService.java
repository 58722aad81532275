package cl.clusterminero.gestion.indicators;

import cl.clusterminero.gestion.activity.ActivityFiguresService;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityYearFigures;
import cl.clusterminero.gestion.activity.MeetingOutcome;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberFiguresService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MemberYearFigures;
import cl.clusterminero.gestion.program.CofinancingBySource;
import cl.clusterminero.gestion.program.ProgramFiguresService;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.ShareByYear;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.pdf.PdfReport;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's management indicators of a year (the figures cluster excellence labels benchmark a cluster's
 * management on), read from each feature's own service so no feature's tables are read here, and laid out once
 * for the screen, the PDF and the spreadsheet. Everyone who logs in reads them.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    /** The corporation took over the roadmap in 2020: no year before has data. */
    static final int FIRST_YEAR = 2020;

    private final MemberFiguresService members;
    private final ActivityFiguresService activities;
    private final ProgramFiguresService programs;
    private final LocalPurchaseService purchases;
    private final TranslationProvider translations;
    private final Clock clock;

    IndicatorService(MemberFiguresService members, ActivityFiguresService activities, ProgramFiguresService programs,
                     LocalPurchaseService purchases, TranslationProvider translations, Clock clock) {
        this.members = members;
        this.activities = activities;
        this.programs = programs;
        this.purchases = purchases;
        this.translations = translations;
        this.clock = clock;
    }

    /** The years one may choose, the current one first. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<Integer> years() {
        int current = LocalDate.now(clock.withZone(DisplayFormats.ZONE)).getYear();
        return IntStream.iterate(current, year -> year >= FIRST_YEAR, year -> year - 1).boxed().toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public ClusterIndicators indicators(int year) {
        ShareByYear share = purchases.clusterShares().stream().filter(y -> y.year() == year && y.companies() > 0)
                .findFirst().orElse(null);
        return new ClusterIndicators(year, members.yearFigures(year), activities.yearFigures(year),
                programs.cofinancing(year), share);
    }

    /** The indicators of {@code year} laid out in sections, with texts in {@code locale} and links to their lists. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<IndicatorSection> sections(int year, Locale locale) {
        return layout(indicators(year), locale);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public byte[] pdf(int year, Locale locale) {
        PdfReport pdf = new PdfReport(t(locale, "indicators.report.title", String.valueOf(year)),
                t(locale, "indicators.report.subtitle", DisplayFormats.dateTime(clock.instant())),
                t(locale, "indicators.report.title", String.valueOf(year)));
        for (IndicatorSection section : sections(year, locale)) {
            pdf.heading(section.title());
            pdf.table(new float[] {70, 30}, List.of(t(locale, "indicators.indicator"), t(locale, "indicators.value")),
                    section.lines().stream().map(line -> List.of(line.label(), line.text())).toList());
        }
        pdf.note(t(locale, "indicators.definitions"));
        return pdf.finish();
    }

    /** One sheet: section, indicator, value (a number cell where the figure is a number) and the shown text. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public byte[] excel(int year, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(t(locale, "indicators.sheet", String.valueOf(year)));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> columns = List.of(t(locale, "indicators.section"), t(locale, "indicators.indicator"),
                    t(locale, "indicators.value"), t(locale, "indicators.shown"));
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int rowIndex = 1;
            for (IndicatorSection section : sections(year, locale)) {
                for (IndicatorLine line : section.lines()) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(section.title());
                    row.createCell(1).setCellValue(line.label());
                    if (line.value() != null) {
                        row.createCell(2).setCellValue(line.value().doubleValue());
                    }
                    row.createCell(3).setCellValue(line.text());
                }
            }
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 52 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 20 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<IndicatorSection> layout(ClusterIndicators figures, Locale locale) {
        int year = figures.year();
        MemberYearFigures m = figures.members();
        ActivityYearFigures a = figures.activities();
        String period = "desde=" + year + "-01-01&hasta=" + year + "-12-31";
        List<IndicatorSection> sections = new ArrayList<>();

        List<IndicatorLine> memberLines = new ArrayList<>();
        memberLines.add(count("members-total", t(locale, "indicators.members.total"), m.members(), "socios"));
        for (MemberType type : MemberType.values()) {
            memberLines.add(count("members-type-" + type.name(), t(locale, type.labelKey()), m.byType().get(type),
                    "socios?tipo=" + type.name()));
        }
        memberLines.add(count("members-joined", t(locale, "indicators.members.joined"), m.joined(), "socios"));
        memberLines.add(count("members-withdrawn", t(locale, "indicators.members.withdrawn"), m.withdrawn(),
                "socios?estado=WITHDRAWN"));
        sections.add(new IndicatorSection("members", t(locale, "indicators.section.members", String.valueOf(year)),
                memberLines));

        List<IndicatorLine> sizeLines = new ArrayList<>();
        for (CompanySize size : CompanySize.values()) {
            sizeLines.add(count("members-size-" + size.name(), t(locale, size.labelKey()), m.bySize().get(size),
                    "socios?tamano=" + size.name()));
        }
        sizeLines.add(count("members-size-none", t(locale, "indicators.members.no-size"), m.withoutSize(), null));
        sections.add(new IndicatorSection("sizes", t(locale, "indicators.section.sizes"), sizeLines));

        List<IndicatorLine> activityLines = new ArrayList<>();
        activityLines.add(count("activities-held", t(locale, "indicators.activities.held"), a.held(),
                "actividades?estado=HELD&" + period));
        for (ActivityKind kind : ActivityKind.values()) {
            activityLines.add(count("activities-kind-" + kind.name(), t(locale, kind.labelKey()),
                    a.heldByKind().get(kind), "actividades?tipo=" + kind.name() + "&estado=HELD&" + period));
        }
        activityLines.add(count("participation-registered", t(locale, "indicators.participation.registered"),
                a.registered(), "actividades?estado=HELD&" + period));
        activityLines.add(count("participation-attended", t(locale, "indicators.participation.attended"),
                a.attended(), "actividades?estado=HELD&" + period));
        BigDecimal rate = a.participationRate();
        activityLines.add(new IndicatorLine("participation-rate", t(locale, "indicators.participation.rate"), rate,
                percent(rate), "actividades?estado=HELD&" + period));
        activityLines.add(count("participation-members", t(locale, "indicators.participation.members"),
                a.attendingMembers(), null));
        sections.add(new IndicatorSection("activities", t(locale, "indicators.section.activities"), activityLines));

        String rounds = "actividades?tipo=" + ActivityKind.BUSINESS_ROUND.name() + "&estado=HELD&" + period;
        List<IndicatorLine> meetingLines = new ArrayList<>();
        meetingLines.add(count("meetings-total", t(locale, "indicators.meetings.total"), a.meetings(), rounds));
        for (MeetingOutcome outcome : MeetingOutcome.values()) {
            meetingLines.add(count("meetings-outcome-" + outcome.name(), t(locale, outcome.labelKey()),
                    a.meetingsByOutcome().get(outcome), rounds));
        }
        meetingLines.add(count("meetings-no-outcome", t(locale, "indicators.meetings.no-outcome"),
                a.meetingsWithoutOutcome(), rounds));
        meetingLines.add(new IndicatorLine("meetings-contract-clp", t(locale, "indicators.meetings.contract-clp"),
                a.contractClp(), DisplayFormats.clp(a.contractClp()), rounds));
        sections.add(new IndicatorSection("meetings", t(locale, "indicators.section.meetings"), meetingLines));

        List<IndicatorLine> challengeLines = List.of(
                count("challenges-published", t(locale, "indicators.challenges.published"),
                        a.challengesPublished(), "desafios"),
                count("challenges-awarded", t(locale, "indicators.challenges.awarded"), a.challengesAwarded(),
                        "desafios?estado=AWARDED"),
                count("challenges-closed", t(locale, "indicators.challenges.closed"), a.challengesClosed(),
                        "desafios?estado=CLOSED"));
        sections.add(new IndicatorSection("challenges", t(locale, "indicators.section.challenges"), challengeLines));

        List<IndicatorLine> fundingLines = new ArrayList<>();
        long fundingTotal = 0;
        for (CofinancingBySource line : figures.cofinancing()) {
            fundingTotal += line.totalClp();
            fundingLines.add(new IndicatorLine("cofinancing-" + line.source().name(),
                    t(locale, "indicators.cofinancing.line", t(locale, line.source().labelKey()),
                            DisplayFormats.clp(line.receivedClp())),
                    line.totalClp(), DisplayFormats.clp(line.totalClp()), "programas"));
        }
        fundingLines.add(new IndicatorLine("cofinancing-total", t(locale, "indicators.cofinancing.total"),
                fundingTotal, DisplayFormats.clp(fundingTotal), "programas"));
        sections.add(new IndicatorSection("cofinancing", t(locale, "indicators.section.cofinancing"), fundingLines));

        ShareByYear share = figures.purchases();
        List<IndicatorLine> purchaseLines = new ArrayList<>();
        purchaseLines.add(new IndicatorLine("purchases-share", t(locale, share != null && share.partial()
                ? "indicators.purchases.share-partial" : "indicators.purchases.share"),
                share == null ? null : share.share(), share == null ? t(locale, "indicators.none")
                : percent(share.share()), "compras-locales/cluster"));
        purchaseLines.add(new IndicatorLine("purchases-regional", t(locale, "indicators.purchases.regional"),
                share == null ? 0 : share.regionalClp(), DisplayFormats.clp(share == null ? 0 : share.regionalClp()),
                "compras-locales"));
        purchaseLines.add(new IndicatorLine("purchases-total", t(locale, "indicators.purchases.total"),
                share == null ? 0 : share.totalClp(), DisplayFormats.clp(share == null ? 0 : share.totalClp()),
                "compras-locales"));
        purchaseLines.add(count("purchases-companies", t(locale, "indicators.purchases.companies"),
                share == null ? 0 : share.companies(), "compras-locales"));
        sections.add(new IndicatorSection("purchases", t(locale, "indicators.section.purchases"), purchaseLines));
        return sections;
    }

    private static IndicatorLine count(String id, String label, long value, String href) {
        return new IndicatorLine(id, label, value, DisplayFormats.integer(value), href);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',') + " %";
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
