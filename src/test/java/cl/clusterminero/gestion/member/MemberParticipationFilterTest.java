package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The members list's filter "sin participación en los últimos 12 meses": the same members for the grid's page, its
 * counts and the export, read through the activity feature's read model {@code member_last_contact} (V14).
 */
@IntegrationTest
@WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
class MemberParticipationFilterTest {

    @Autowired MemberService members;
    @Autowired MemberTransferService transfers;
    @Autowired JdbcTemplate jdbc;

    final String tag = "Xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void only_members_without_an_attended_activity_or_a_held_meeting_in_twelve_months_remain() {
        LocalDateTime now = LocalDateTime.now();
        long attendedRecently = member("Asistio Reciente", MemberType.SUPPLIER);
        long attendedLongAgo = member("Asistio Antes", MemberType.SUPPLIER);
        long absentRecently = member("Ausente Reciente", MemberType.SUPPLIER);
        long metRecently = member("Reunion Proveedor", MemberType.SUPPLIER);
        long miningMetRecently = member("Reunion Minera", MemberType.MINING_COMPANY);
        long metInCancelledRound = member("Reunion Cancelada", MemberType.SUPPLIER);
        long never = member("Nunca", MemberType.SUPPLIER);

        long recent = activity("WORKSHOP", "HELD", now.minusMonths(2));
        long old = activity("WORKSHOP", "HELD", now.minusMonths(14));
        participation(recent, attendedRecently, "ATTENDED");
        participation(old, attendedLongAgo, "ATTENDED");
        participation(recent, absentRecently, "ABSENT");
        long round = activity("BUSINESS_ROUND", "HELD", now.minusMonths(3));
        meeting(round, miningMetRecently, metRecently);
        long cancelled = activity("BUSINESS_ROUND", "CANCELLED", now.minusMonths(1));
        meeting(cancelled, miningMetRecently, metInCancelledRound);

        MemberFilter everyone = MemberFilter.ALL.withText(tag);
        MemberFilter quiet = new MemberFilter(tag, null, null, null, null, true);
        assertThat(members.count(everyone)).isEqualTo(7);
        assertThat(members.search(quiet, PageRequest.of(0, 25, Sort.by("legalName")))).extracting(MemberRow::id)
                .containsExactly(attendedLongAgo, absentRecently, never, metInCancelledRound);
        assertThat(members.count(quiet)).isEqualTo(4);
        assertThat(members.countForGrid(quiet).value()).isEqualTo(4);
        assertThat(members.count(new MemberFilter(tag, MemberType.MINING_COMPANY, null, null, null, true))).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = transfers.export(quiet, Sort.by("legalName"), ExportFormat.CSV, TranslationProvider.SPANISH_CHILE,
                out, rows -> { });
        assertThat(written).isEqualTo(4);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(tag + " Nunca").doesNotContain(tag + " Asistio Reciente");
    }

    private long member(String name, MemberType type) {
        MemberDraft draft = TestMembers.draft(tag + " " + name, type);
        return members.create(draft);
    }

    private long activity(String kind, String status, LocalDateTime start) {
        jdbc.update("insert into activity (kind, title, starts_at, ends_at, organiser_id, capacity, status, created_at,"
                + " updated_at, updated_by) values (?, ?, ?, ?, (select id from app_user where username = 'sec.a'),"
                + " 50, ?, now(), now(), 'test')", kind, "Filtro " + tag, start, start.plusHours(2), status);
        return jdbc.queryForObject("select max(id) from activity where title = ?", Long.class, "Filtro " + tag);
    }

    private void participation(long activity, long member, String attendance) {
        jdbc.update("insert into contact (member_id, full_name) values (?, ?)", member, "Contacto " + tag);
        long contact = jdbc.queryForObject("select max(id) from contact where member_id = ?", Long.class, member);
        jdbc.update("insert into participation (activity_id, member_id, contact_id, attendance, registered_at,"
                + " registered_by) values (?, ?, ?, ?, now(), 'test')", activity, member, contact, attendance);
    }

    private void meeting(long activity, long mining, long supplier) {
        jdbc.update("insert into business_meeting (activity_id, mining_company_id, supplier_id, table_number,"
                + " slot_start, created_at, updated_at, updated_by) values (?, ?, ?, 1, '10:00:00', now(), now(),"
                + " 'test')", activity, mining, supplier);
    }
}
