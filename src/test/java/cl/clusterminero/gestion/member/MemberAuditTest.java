package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change to a member is in its audit history, signed with the person's name, from what to what. */
@IntegrationTest
class MemberAuditTest {

    @Autowired MemberService memberService;
    @Autowired Clock clock;

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void a_members_history_says_who_changed_which_field_from_what_to_what() {
        long id = memberService.create(TestMembers.draft("Maestranza Auditada SpA", MemberType.SUPPLIER));
        MemberDetails created = memberService.details(id);
        MemberDraft draft = memberService.draft(id);
        draft.setLegalName("Maestranza Auditada Limitada");
        memberService.update(id, created.version(), draft);
        memberService.changeStatus(id, memberService.details(id).version(), MembershipStatus.SUSPENDED,
                LocalDate.now(clock), "Cuotas impagas desde marzo");

        List<AuditEntry> history = memberService.changes(id);

        assertThat(history).first().satisfies(latest -> {
            assertThat(latest.kind()).isEqualTo(AuditEntry.Kind.CHANGED);
            assertThat(latest.who()).isEqualTo("Secretaria A");
            assertThat(latest.changes()).contains(new AuditEntry.Change("status", "ACTIVE", "SUSPENDED"));
        });
        assertThat(history).anySatisfy(entry -> assertThat(entry.changes()).containsExactly(
                new AuditEntry.Change("legal_name", "Maestranza Auditada SpA", "Maestranza Auditada Limitada")));
        assertThat(history).last().satisfies(first -> {
            assertThat(first.kind()).isEqualTo(AuditEntry.Kind.CREATED);
            assertThat(first.changes()).contains(new AuditEntry.Change("legal_name", null,
                    "Maestranza Auditada SpA"));
        });
    }
}
