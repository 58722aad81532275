package cl.clusterminero.gestion.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityYearFigures;
import cl.clusterminero.gestion.activity.MeetingOutcome;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MemberYearFigures;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.program.CofinancingBySource;
import cl.clusterminero.gestion.program.FundingSource;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the management indicators against SQL written here, independently of the services, on data seeded
 * in a year of its own; and the seeded rows move each figure by exactly what they should (so a figure that ignored
 * its filter, or counted nothing, fails either way).
 */
@IntegrationTest
class IndicatorFiguresTest {

    /** A year no other test writes to; reruns add to it, which the before/after comparison allows for. */
    static final int YEAR = 2038;
    static final String FROM = YEAR + "-01-01";
    static final String TO = (YEAR + 1) + "-01-01";

    @Autowired IndicatorService indicatorService;
    @Autowired JdbcTemplate jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    @WithAppUser(Role.BOARD)
    void every_figure_of_the_year_equals_its_independent_sql_and_moves_by_the_seeded_rows() {
        ClusterIndicators before = indicatorService.indicators(YEAR);
        seed();
        ClusterIndicators after = indicatorService.indicators(YEAR);

        assertMembersMatchSql(after.members());
        assertActivitiesMatchSql(after.activities());
        assertCofinancingMatchesSql(after);
        assertPurchasesMatchSql(after);

        MemberYearFigures m0 = before.members();
        MemberYearFigures m1 = after.members();
        // Seeded: 3 suppliers (2 small, 1 without size) and 1 large mining company joining; 1 supplier who joined
        // earlier and withdrew in the year; 1 prospect (never counted); 1 member withdrawn the year before.
        assertThat(m1.joined() - m0.joined()).isEqualTo(4);
        assertThat(m1.withdrawn() - m0.withdrawn()).isEqualTo(1);
        assertThat(m1.members() - m0.members()).isEqualTo(4);
        assertThat(m1.byType().get(MemberType.SUPPLIER) - m0.byType().get(MemberType.SUPPLIER)).isEqualTo(3);
        assertThat(m1.byType().get(MemberType.MINING_COMPANY) - m0.byType().get(MemberType.MINING_COMPANY))
                .isEqualTo(1);
        assertThat(m1.bySize().get(CompanySize.SMALL) - m0.bySize().get(CompanySize.SMALL)).isEqualTo(2);
        assertThat(m1.withoutSize() - m0.withoutSize()).isEqualTo(1);

        ActivityYearFigures a0 = before.activities();
        ActivityYearFigures a1 = after.activities();
        assertThat(a1.heldByKind().get(ActivityKind.WORKSHOP) - a0.heldByKind().get(ActivityKind.WORKSHOP))
                .isEqualTo(2);
        assertThat(a1.heldByKind().get(ActivityKind.BUSINESS_ROUND)
                - a0.heldByKind().get(ActivityKind.BUSINESS_ROUND)).isEqualTo(1);
        assertThat(a1.heldByKind().get(ActivityKind.TRAINING) - a0.heldByKind().get(ActivityKind.TRAINING))
                .as("a cancelled training is not held").isZero();
        assertThat(a1.registered() - a0.registered()).isEqualTo(5);
        assertThat(a1.attended() - a0.attended()).isEqualTo(3);
        assertThat(a1.attendingMembers() - a0.attendingMembers()).isEqualTo(2);
        assertThat(a1.meetings() - a0.meetings()).isEqualTo(3);
        assertThat(a1.meetingsByOutcome().get(MeetingOutcome.CONTRACT)
                - a0.meetingsByOutcome().get(MeetingOutcome.CONTRACT)).isEqualTo(1);
        assertThat(a1.meetingsWithoutOutcome() - a0.meetingsWithoutOutcome()).isEqualTo(1);
        assertThat(a1.contractClp() - a0.contractClp()).isEqualTo(5_000_000);
        assertThat(a1.challengesPublished() - a0.challengesPublished()).isEqualTo(2);
        assertThat(a1.challengesAwarded() - a0.challengesAwarded()).isEqualTo(1);
        assertThat(a1.challengesClosed() - a0.challengesClosed()).isEqualTo(1);

        assertThat(source(after, FundingSource.CORFO).committedClp()
                - source(before, FundingSource.CORFO).committedClp()).isEqualTo(100_000_000);
        assertThat(source(after, FundingSource.GORE).receivedClp()
                - source(before, FundingSource.GORE).receivedClp()).isEqualTo(50_000_000);
        assertThat(after.purchases().totalClp() - (before.purchases() == null ? 0 : before.purchases().totalClp()))
                .isEqualTo(1_000_000_000L);
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void the_pdf_and_the_excel_sheet_carry_the_figures_the_screen_shows() throws Exception {
        seed();
        var sections = indicatorService.sections(YEAR, Locale.forLanguageTag("es-CL"));
        IndicatorLine rate = sections.stream().flatMap(s -> s.lines().stream())
                .filter(line -> line.id().equals("participation-rate")).findFirst().orElseThrow();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                indicatorService.excel(YEAR, Locale.forLanguageTag("es-CL"))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Indicadores " + YEAR);
            Row rateRow = null;
            for (Row row : sheet) {
                if (row.getCell(1).getStringCellValue().startsWith("Tasa de participación")) {
                    rateRow = row;
                }
            }
            assertThat(rateRow).isNotNull();
            assertThat(BigDecimal.valueOf(rateRow.getCell(2).getNumericCellValue()).setScale(1, RoundingMode.HALF_UP))
                    .isEqualByComparingTo((BigDecimal) rate.value());
            assertThat(rateRow.getCell(3).getStringCellValue()).isEqualTo(rate.text());
        }
        PdfReader reader = new PdfReader(indicatorService.pdf(YEAR, Locale.forLanguageTag("es-CL")));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Indicadores de gestión del clúster " + YEAR, "Tasa de participación",
                rate.text(), "Cofinanciamiento por fuente");
    }

    // ---- the independent SQL ---------------------------------------------------------------------------------

    private void assertMembersMatchSql(MemberYearFigures figures) {
        String atYearEnd = " from member where status <> 'PROSPECT' and ifnull(join_date, cast(created_at as date))"
                + " < '" + TO + "' and not (withdrawal_date is not null and withdrawal_date < '" + TO + "')";
        assertThat(figures.members()).isEqualTo(number("select count(*)" + atYearEnd));
        for (MemberType type : MemberType.values()) {
            assertThat(figures.byType().get(type)).as(type.name())
                    .isEqualTo(number("select count(*)" + atYearEnd + " and member_type = '" + type.name() + "'"));
        }
        for (CompanySize size : CompanySize.values()) {
            assertThat(figures.bySize().get(size)).as(size.name())
                    .isEqualTo(number("select count(*)" + atYearEnd + " and company_size = '" + size.name() + "'"));
        }
        assertThat(figures.withoutSize()).isEqualTo(number("select count(*)" + atYearEnd + " and company_size is null"));
        assertThat(figures.joined()).isEqualTo(number("select count(*) from member where status <> 'PROSPECT'"
                + " and year(ifnull(join_date, cast(created_at as date))) = " + YEAR));
        assertThat(figures.withdrawn()).isEqualTo(number("select count(*) from member where status <> 'PROSPECT'"
                + " and year(withdrawal_date) = " + YEAR));
    }

    private void assertActivitiesMatchSql(ActivityYearFigures figures) {
        String held = " status = 'HELD' and year(starts_at) = " + YEAR;
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(figures.heldByKind().get(kind)).as(kind.name()).isEqualTo(number(
                    "select count(*) from activity where" + held + " and kind = '" + kind.name() + "'"));
        }
        String heldIds = "(select id from activity where" + held + ")";
        long registered = number("select count(*) from participation where activity_id in " + heldIds);
        long attended = number("select count(*) from participation where attendance = 'ATTENDED' and activity_id in "
                + heldIds);
        assertThat(figures.registered()).isEqualTo(registered);
        assertThat(figures.attended()).isEqualTo(attended);
        assertThat(figures.participationRate()).isEqualByComparingTo(BigDecimal.valueOf(attended * 1000 / registered
                + (attended * 1000 % registered * 2 >= registered ? 1 : 0), 1));
        assertThat(figures.attendingMembers()).isEqualTo(number("select count(*) from (select distinct member_id from"
                + " participation where attendance = 'ATTENDED' and activity_id in " + heldIds + ") x"));
        assertThat(figures.meetings()).isEqualTo(number("select count(*) from business_meeting where activity_id in "
                + heldIds));
        for (MeetingOutcome outcome : MeetingOutcome.values()) {
            assertThat(figures.meetingsByOutcome().get(outcome)).as(outcome.name()).isEqualTo(number(
                    "select count(*) from business_meeting where outcome = '" + outcome.name()
                            + "' and activity_id in " + heldIds));
        }
        assertThat(figures.meetingsWithoutOutcome()).isEqualTo(number(
                "select count(*) from business_meeting where outcome is null and activity_id in " + heldIds));
        assertThat(figures.contractClp()).isEqualTo(number(
                "select ifnull(sum(contract_amount), 0) from business_meeting where activity_id in " + heldIds));
        // Chile is UTC-3 at New Year (summer time): the year's instants run from 03:00 UTC on 1 January.
        String inYear = " >= '" + FROM + " 03:00:00' and %s < '" + TO + " 03:00:00'";
        assertThat(figures.challengesPublished()).isEqualTo(number("select count(*) from challenge where created_at"
                + inYear.formatted("created_at")));
        assertThat(figures.challengesAwarded()).isEqualTo(number("select count(*) from challenge where status in"
                + " ('AWARDED', 'PILOT') and status_changed_at" + inYear.formatted("status_changed_at")));
        assertThat(figures.challengesClosed()).isEqualTo(number("select count(*) from challenge where status ="
                + " 'CLOSED' and status_changed_at" + inYear.formatted("status_changed_at")));
    }

    private void assertCofinancingMatchesSql(ClusterIndicators figures) {
        String running = " from program_funding f where f.program_id in (select id from program where"
                + " ifnull(start_date, '1900-01-01') < '" + TO + "' and ifnull(end_date, '2999-12-31') >= '" + FROM
                + "')";
        for (FundingSource source : FundingSource.values()) {
            CofinancingBySource line = source(figures, source);
            assertThat(line.committedClp()).as(source.name()).isEqualTo(number("select ifnull(sum(amount_clp), 0)"
                    + running + " and source = '" + source.name() + "' and state = 'COMMITTED'"));
            assertThat(line.receivedClp()).as(source.name()).isEqualTo(number("select ifnull(sum(amount_clp), 0)"
                    + running + " and source = '" + source.name() + "' and state = 'RECEIVED'"));
        }
    }

    private void assertPurchasesMatchSql(ClusterIndicators figures) {
        // A company's year: its whole-year report when it has one, else its quarters.
        String reports = " from local_purchase_report r where r.period_year = " + YEAR
                + " and (r.period_quarter = 0 or (select count(*) from local_purchase_report w where w.member_id ="
                + " r.member_id and w.period_year = r.period_year and w.period_quarter = 0) = 0)";
        long total = number("select sum(total_clp)" + reports);
        long regional = number("select sum(regional_clp)" + reports);
        assertThat(figures.purchases().totalClp()).isEqualTo(total);
        assertThat(figures.purchases().regionalClp()).isEqualTo(regional);
        assertThat(figures.purchases().companies()).isEqualTo(number("select count(distinct member_id)" + reports));
        assertThat(figures.purchases().share()).isEqualByComparingTo(BigDecimal.valueOf(regional)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
    }

    private static CofinancingBySource source(ClusterIndicators figures, FundingSource source) {
        return figures.cofinancing().stream().filter(line -> line.source() == source).findFirst().orElseThrow();
    }

    private long number(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    // ---- seeded data -------------------------------------------------------------------------------------------

    private void seed() {
        long supplierA = member("Proveedor Uno", "SUPPLIER", "'SMALL'", "ACTIVE", YEAR + "-03-01", null);
        long supplierB = member("Proveedor Dos", "SUPPLIER", "'SMALL'", "ACTIVE", YEAR + "-04-01", null);
        long third = member("Proveedor Tres", "SUPPLIER", "'MEDIUM'", "SUSPENDED", (YEAR + 1) + "-02-01", null);
        // Changed and deleted rows move the figures too (the registry's movements are kept by triggers).
        jdbc.update("update member set company_size = null, join_date = ? where id = ?", YEAR + "-12-31", third);
        long mistake = member("Creado por error", "SUPPLIER", "'SMALL'", "ACTIVE", YEAR + "-03-01", null);
        jdbc.update("delete from member where id = ?", mistake);
        long mining = member("Minera Cuatro", "MINING_COMPANY", "'LARGE'", "ACTIVE", YEAR + "-05-01", null);
        member("Proveedor Ido", "SUPPLIER", "'MEDIUM'", "WITHDRAWN", (YEAR - 2) + "-05-01", YEAR + "-06-30");
        member("Prospecto", "SUPPLIER", "'MICRO'", "PROSPECT", YEAR + "-02-01", null);
        member("Proveedor Antiguo", "SUPPLIER", "'MICRO'", "WITHDRAWN", (YEAR - 3) + "-05-01", (YEAR - 1) + "-12-31");

        long workshop1 = activity("WORKSHOP", "HELD", YEAR + "-03-10 09:00:00");
        long workshop2 = activity("WORKSHOP", "HELD", YEAR + "-12-31 18:00:00");
        long round = activity("BUSINESS_ROUND", "HELD", YEAR + "-06-10 09:00:00");
        long cancelled = activity("TRAINING", "CANCELLED", YEAR + "-07-10 09:00:00");
        activity("WORKSHOP", "PLANNED", YEAR + "-11-10 09:00:00");
        activity("WORKSHOP", "HELD", (YEAR + 1) + "-01-01 00:00:00");
        participation(workshop1, supplierA, "ATTENDED");
        participation(workshop1, supplierA, "ATTENDED");
        participation(workshop1, supplierB, "ABSENT");
        participation(workshop2, mining, "ATTENDED");
        participation(workshop2, supplierB, "EXCUSED");
        participation(cancelled, supplierB, "ATTENDED");
        meeting(round, mining, supplierA, 1, "'CONTRACT'", 5_000_000L);
        meeting(round, mining, supplierB, 2, "'QUOTATION'", null);
        meeting(round, mining, supplierB, 3, "null", null);

        challenge(mining, YEAR + "-02-01 12:00:00", "AWARDED", YEAR + "-09-01 12:00:00");
        challenge(mining, YEAR + "-12-31 23:00:00", "CLOSED", (YEAR + 1) + "-01-01 02:59:00");
        challenge(mining, (YEAR + 1) + "-01-01 03:00:00", "PUBLISHED", (YEAR + 1) + "-01-01 03:00:00");

        jdbc.update("insert into program (code, name, status, start_date, end_date, budget_clp, created_at, updated_at,"
                + " updated_by) values (?, ?, 'ACTIVE', ?, ?, 0, now(), now(), 'test')", "IND-" + tag,
                "Programa de indicadores " + tag, YEAR + "-01-01", YEAR + "-12-31");
        long program = jdbc.queryForObject("select id from program where code = ?", Long.class, "IND-" + tag);
        jdbc.update("insert into program_funding (program_id, source, amount_clp, state) values (?, 'CORFO', ?,"
                + " 'COMMITTED'), (?, 'GORE', ?, 'RECEIVED')", program, 100_000_000L, program, 50_000_000L);
        jdbc.update("insert into program (code, name, status, start_date, end_date, budget_clp, created_at, updated_at,"
                + " updated_by) values (?, ?, 'CLOSED', ?, ?, 0, now(), now(), 'test')", "INDX-" + tag,
                "Programa anterior " + tag, (YEAR - 2) + "-01-01", (YEAR - 1) + "-12-31");
        long old = jdbc.queryForObject("select id from program where code = ?", Long.class, "INDX-" + tag);
        jdbc.update("insert into program_funding (program_id, source, amount_clp, state) values (?, 'CORFO', 7,"
                + " 'COMMITTED')", old);

        jdbc.update("insert into local_purchase_report (member_id, period_year, period_quarter, total_clp, regional_clp,"
                + " source, created_at, created_by, updated_at, updated_by) values (?, ?, 0, ?, ?, 'SELF_DECLARED',"
                + " now(), 'test', now(), 'test')", mining, YEAR, 1_000_000_000L, 370_000_000L);
    }

    private long member(String name, String type, String sizeSql, String status, String joined, String withdrawn) {
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        String rut = new Rut(number, Rut.checkDigitOf(number)).normalised();
        jdbc.update("insert into member (rut, legal_name, member_type, company_size, commune, status, join_date,"
                + " withdrawal_date, withdrawal_reason, created_at, created_by, updated_at, updated_by) values (?, ?, ?, "
                + sizeSql + ", 'CALAMA', ?, ?, ?, ?, now(), 'test', now(), 'test')", rut, name + " " + tag, type,
                status, joined, withdrawn, withdrawn == null ? null : "Cierre");
        return jdbc.queryForObject("select id from member where rut = ?", Long.class, rut);
    }

    private long activity(String kind, String status, String startsAt) {
        LocalDateTime start = LocalDateTime.parse(startsAt.replace(' ', 'T'));
        jdbc.update("insert into activity (kind, title, starts_at, ends_at, organiser_id, capacity, status, created_at,"
                + " updated_at, updated_by) values (?, ?, ?, ?, (select id from app_user where username = 'sec.a'),"
                + " 50, ?, now(), now(), 'test')", kind, "Indicadores " + tag, start, start, status);
        return jdbc.queryForObject("select max(id) from activity where title = ?", Long.class, "Indicadores " + tag);
    }

    private void participation(long activity, long member, String attendance) {
        jdbc.update("insert into contact (member_id, full_name, email) values (?, ?, ?)", member, "Contacto " + tag,
                "contacto." + tag + "@ejemplo.cl");
        long contact = jdbc.queryForObject("select max(id) from contact where member_id = ?", Long.class, member);
        jdbc.update("insert into participation (activity_id, member_id, contact_id, attendance, registered_at,"
                + " registered_by) values (?, ?, ?, ?, now(), 'test')", activity, member, contact, attendance);
    }

    private void meeting(long activity, long mining, long supplier, int slot, String outcomeSql, Long amount) {
        jdbc.update("insert into business_meeting (activity_id, mining_company_id, supplier_id, table_number,"
                + " slot_start, outcome, contract_amount, created_at, updated_at, updated_by) values (?, ?, ?, 1, ?, "
                + outcomeSql + ", ?, now(), now(), 'test')", activity, mining, supplier,
                String.format("%02d:00:00", 9 + slot), amount);
    }

    private void challenge(long mining, String createdUtc, String status, String changedUtc) {
        jdbc.update("insert into challenge (mining_company_id, title, problem, operation, deadline, status,"
                + " status_changed_at, status_changed_by, created_at) values (?, ?, 'Problema', 'Faena', ?, ?, ?,"
                + " 'test', ?)", mining, "Desafío " + tag, YEAR + "-10-01", status, changedUtc, createdUtc);
    }

}
