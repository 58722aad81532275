package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
@WithAppUser(value = Role.SECRETARIAT, username = "secretaria.test")
class MemberServiceTest {

    @Autowired
    MemberService service;
    @Autowired
    Clock clock;

    @Test
    void secretariat_creates_a_member_with_the_rut_stored_normalised_and_the_creation_in_its_history() {
        MemberDraft draft = TestMembers.draft("Servicios Mineros Caliche SpA", MemberType.SUPPLIER);
        String typed = draft.getRut().replace(".", "");
        draft.setRut(typed);

        long id = service.create(draft);

        MemberDetails details = service.details(id);
        assertThat(details.formattedRut()).isEqualTo(Rut.parse(typed).orElseThrow().formatted());
        assertThat(details.rut()).doesNotContain(".");
        assertThat(details.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(details.createdBy()).isEqualTo("secretaria.test");
        assertThat(service.history(id)).singleElement()
                .satisfies(row -> assertThat(row.toStatus()).isEqualTo(MembershipStatus.ACTIVE));
    }

    @Test
    void member_with_invalid_rut_is_rejected() {
        MemberDraft draft = TestMembers.draft("Rut Malo Ltda.", MemberType.SUPPLIER);
        draft.setRut("12.345.678-9");
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::key)
                        .containsExactly(Tuple.tuple("rut", "member.rut.invalid")));
    }

    @Test
    void duplicate_rut_is_rejected_naming_the_existing_member() {
        MemberDraft first = TestMembers.draft("Minera Original S.A.", MemberType.MINING_COMPANY);
        service.create(first);
        MemberDraft second = TestMembers.draft("Copia Ltda.", MemberType.SUPPLIER);
        second.setRut(first.getRut().replace(".", ""));

        assertThatThrownBy(() -> service.create(second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldProblem problem = e.problems().getFirst();
                    assertThat(problem.key()).isEqualTo("member.rut.duplicate");
                    assertThat(problem.args()).containsExactly("Minera Original S.A.");
                });
    }

    @Test
    void bad_email_url_phone_and_overlong_name_are_each_reported_on_their_field() {
        MemberDraft draft = TestMembers.draft("x".repeat(201), MemberType.SUPPLIER);
        draft.setEmail("contacto@empresa");
        draft.setWebsite("www.empresa.cl");
        draft.setPhone("abc");
        draft.setActivityCode("12");
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(null);

        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("legalName", "email", "website", "phone", "activityCode", "joinDate"));
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_reads_members_but_cannot_create_edit_or_change_status() {
        assertThat(service.count(MemberFilter.ALL)).isGreaterThanOrEqualTo(0);
        MemberDraft draft = TestMembers.draft("Intento Directorio", MemberType.SUPPLIER);
        assertThatThrownBy(() -> service.create(draft)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.update(1, 0, draft)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(1, 0, MembershipStatus.SUSPENDED, LocalDate.now(clock), "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.delete(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void program_manager_reads_members_but_cannot_create_or_link() {
        assertThat(service.search(MemberFilter.ALL, PageRequest.of(0, 5))).isNotNull();
        assertThatThrownBy(() -> service.create(TestMembers.draft("Intento Gestor", MemberType.SUPPLIER)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.link(1, 2)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.saveContact(1, new ContactDraft()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_overwrites_nothing() {
        long id = service.create(TestMembers.draft("Transportes Desierto Ltda.", MemberType.SUPPLIER));
        long version = service.details(id).version();

        MemberDraft first = service.draft(id);
        first.setTradeName("Primera edición");
        service.update(id, version, first);

        MemberDraft second = service.draft(id);
        second.setTradeName("Segunda edición, desde la versión antigua");
        assertThatThrownBy(() -> service.update(id, version, second))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.draft(id).getTradeName()).isEqualTo("Primera edición");
    }

    @Test
    void withdrawal_needs_a_date_not_before_joining_and_a_reason_and_is_kept_in_history() {
        long id = service.create(TestMembers.draft("Ingeniería Salar SpA", MemberType.SUPPLIER));
        long version = service.details(id).version();

        assertThatThrownBy(() -> service.changeStatus(id, version, MembershipStatus.WITHDRAWN,
                LocalDate.of(2020, 1, 1), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key)
                        .containsExactlyInAnyOrder("member.date.before-join", "member.reason.required"));

        service.changeStatus(id, version, MembershipStatus.WITHDRAWN, LocalDate.of(2024, 6, 30),
                "Cierre de operaciones en la región");

        MemberDetails details = service.details(id);
        assertThat(details.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(details.withdrawalDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(service.history(id)).hasSize(2).first().satisfies(row -> {
            assertThat(row.fromStatus()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(row.toStatus()).isEqualTo(MembershipStatus.WITHDRAWN);
            assertThat(row.changedBy()).isEqualTo("secretaria.test");
        });
    }

    @Test
    void a_transition_outside_the_lifecycle_is_refused() {
        MemberDraft draft = TestMembers.draft("Postulante Norte Ltda.", MemberType.SUPPLIER);
        draft.setStatus(MembershipStatus.PROSPECT);
        draft.setJoinDate(null);
        long id = service.create(draft);
        long version = service.details(id).version();

        assertThatThrownBy(() -> service.changeStatus(id, version, MembershipStatus.SUSPENDED, LocalDate.now(clock),
                "no corresponde"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("member.status.not-allowed"));
    }

    @Test
    void only_a_member_without_history_can_be_deleted() {
        long mistaken = service.create(TestMembers.draft("Creado Por Error SpA", MemberType.OTHER));
        service.delete(mistaken, service.details(mistaken).version());
        assertThatThrownBy(() -> service.details(mistaken)).isInstanceOf(NoSuchElementException.class);

        long withHistory = service.create(TestMembers.draft("Con Historia SpA", MemberType.OTHER));
        service.changeStatus(withHistory, service.details(withHistory).version(), MembershipStatus.SUSPENDED,
                LocalDate.of(2025, 1, 10), "Cuotas impagas");
        assertThat(service.details(withHistory).deletable()).isFalse();
        assertThatThrownBy(() -> service.delete(withHistory, service.details(withHistory).version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_member_has_at_most_one_primary_contact() {
        long id = service.create(TestMembers.draft("Contactos Múltiples SpA", MemberType.SUPPLIER));
        service.saveContact(id, contact("Ana Pérez", true));
        service.saveContact(id, contact("Bruno Díaz", true));

        assertThat(service.contacts(id)).extracting(ContactRow::fullName, ContactRow::primaryContact)
                .containsExactly(Tuple.tuple("Bruno Díaz", true),
                        Tuple.tuple("Ana Pérez", false));
    }

    @Test
    void saving_a_contact_does_not_make_the_members_own_next_save_stale() {
        long id = service.create(TestMembers.draft("Contacto Y Luego Datos SpA", MemberType.SUPPLIER));
        long version = service.details(id).version();
        service.saveContact(id, contact("Diego Rojas", true));
        MemberDraft draft = service.draft(id);
        draft.setTradeName("Datos tras contacto");
        service.update(id, version, draft);
        assertThat(service.draft(id).getTradeName()).isEqualTo("Datos tras contacto");
    }

    @Test
    void a_contact_changed_since_the_user_saw_it_is_not_deleted() {
        long id = service.create(TestMembers.draft("Contacto Cambiado SpA", MemberType.SUPPLIER));
        service.saveContact(id, contact("Elena Soto", false));
        ContactRow seen = service.contacts(id).getFirst();
        ContactDraft edit = ContactDraft.of(seen);
        edit.setPosition("Gerenta");
        service.saveContact(id, edit);

        assertThatThrownBy(() -> service.deleteContact(id, seen.id(), seen.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.contacts(id)).hasSize(1);
    }

    @Test
    void a_linked_mining_company_keeps_its_type() {
        long mine = service.create(TestMembers.draft("Minera Con Vínculos S.A.", MemberType.MINING_COMPANY));
        long supplier = service.create(TestMembers.draft("Proveedor Vinculado SpA", MemberType.SUPPLIER));
        service.link(mine, supplier);
        MemberDraft draft = service.draft(mine);
        draft.setType(MemberType.OTHER);
        assertThatThrownBy(() -> service.update(mine, service.details(mine).version(), draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("member.type.has-links"));
    }

    @Test
    void a_contact_with_a_bad_email_is_refused() {
        long id = service.create(TestMembers.draft("Contacto Malo SpA", MemberType.SUPPLIER));
        ContactDraft draft = contact("Carla Soto", false);
        draft.setEmail("carla@");
        assertThatThrownBy(() -> service.saveContact(id, draft)).isInstanceOf(InvalidInputException.class);
        assertThat(service.contacts(id)).isEmpty();
    }

    @Test
    void suppliers_link_to_mining_companies_and_both_sides_see_it() {
        long mine = service.create(TestMembers.draft("Minera Pampa Norte S.A.", MemberType.MINING_COMPANY));
        long supplier = service.create(TestMembers.draft("Mantenciones Atacama SpA", MemberType.SUPPLIER));
        long university = service.create(TestMembers.draft("Universidad del Desierto", MemberType.ACADEMIA));

        service.link(mine, supplier);
        service.link(mine, supplier);

        assertThat(service.suppliersOf(mine)).extracting(MemberOption::id).containsExactly(supplier);
        assertThat(service.miningCompaniesServedBy(supplier)).extracting(MemberOption::id).containsExactly(mine);
        assertThatThrownBy(() -> service.link(mine, university)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.link(supplier, mine)).isInstanceOf(InvalidInputException.class);

        service.unlink(mine, supplier);
        assertThat(service.suppliersOf(mine)).isEmpty();
    }

    @Test
    void search_matches_name_or_rut_prefixes_filters_sorts_and_pages_in_the_database() {
        String tag = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            MemberDraft draft = TestMembers.draft(tag + " Proveedor " + (char) ('E' - i), MemberType.SUPPLIER);
            draft.setCommune(i % 2 == 0 ? Commune.CALAMA : Commune.OUTSIDE_REGION);
            service.create(draft);
        }
        MemberDraft mine = TestMembers.draft(tag + " Minera", MemberType.MINING_COMPANY);
        long mineId = service.create(mine);

        MemberFilter byName = MemberFilter.ALL.withText(tag.toLowerCase());
        assertThat(service.count(byName)).isEqualTo(6);
        assertThat(service.search(byName, PageRequest.of(0, 3, Sort.by("legalName"))))
                .extracting(MemberRow::legalName)
                .containsExactly(tag + " Minera", tag + " Proveedor A", tag + " Proveedor B");
        assertThat(service.search(byName, PageRequest.of(1, 3, Sort.by("legalName"))))
                .extracting(MemberRow::legalName)
                .containsExactly(tag + " Proveedor C", tag + " Proveedor D", tag + " Proveedor E");

        MemberFilter suppliersInCalama = new MemberFilter(tag, MemberType.SUPPLIER, Commune.CALAMA, null,
                MembershipStatus.ACTIVE);
        assertThat(service.count(suppliersInCalama)).isEqualTo(3);
        assertThat(service.search(suppliersInCalama, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC,
                "legalName")))).extracting(MemberRow::legalName)
                .containsExactly(tag + " Proveedor E", tag + " Proveedor C", tag + " Proveedor A");

        String rutStart = mine.getRut().substring(0, 6);
        assertThat(service.search(MemberFilter.ALL.withText(rutStart), PageRequest.of(0, 50)))
                .extracting(MemberRow::id).contains(mineId);
        assertThat(service.search(MemberFilter.ALL.withText("%"), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void search_finds_any_word_of_the_legal_or_trade_name_whatever_its_accents_and_case_prefix_matches_first() {
        // A made-up word no other test's member carries, so the results are exactly this test's members.
        String tag = "Xw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long compania = service.create(TestMembers.draft("Compañía Minera " + tag + " del Pacífico",
                MemberType.MINING_COMPANY));
        long startsWithTag = service.create(TestMembers.draft(tag + " Ingeniería SpA", MemberType.SUPPLIER));
        MemberDraft escondida = TestMembers.draft("Minera Escondida " + tag + " Limitada", MemberType.MINING_COMPANY);
        escondida.setTradeName("Escondida Norte");
        long escondidaId = service.create(escondida);
        PageRequest byName = PageRequest.of(0, 10, Sort.by("legalName"));

        assertThat(service.search(MemberFilter.ALL.withText(tag.toLowerCase()), byName))
                .extracting(MemberRow::id)
                .as("the name that begins with the text first, then the others by name")
                .containsExactly(startsWithTag, compania, escondidaId);
        assertThat(service.search(MemberFilter.ALL.withText(tag), PageRequest.of(0, 2, Sort.by("legalName"))))
                .as("a page filled along the name index").extracting(MemberRow::id)
                .containsExactly(startsWithTag, compania);
        assertThat(service.search(MemberFilter.ALL.withText(tag), PageRequest.of(1, 2, Sort.by("legalName"))))
                .as("the page after, from the FULLTEXT index").extracting(MemberRow::id)
                .containsExactly(escondidaId);
        assertThat(service.search(MemberFilter.ALL.withText(tag),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "legalName"))))
                .extracting(MemberRow::id).containsExactly(startsWithTag, escondidaId, compania);
        assertThat(service.search(MemberFilter.ALL.withText("compania " + tag), byName))
                .extracting(MemberRow::id).containsExactly(compania);
        assertThat(service.search(MemberFilter.ALL.withText("PACIFICO " + tag.toUpperCase()), byName))
                .extracting(MemberRow::id).containsExactly(compania);
        assertThat(service.search(MemberFilter.ALL.withText(tag + " Escondida"), byName))
                .as("words in any order").extracting(MemberRow::id).containsExactly(escondidaId);
        assertThat(service.search(MemberFilter.ALL.withText("norte " + tag), byName))
                .as("a word of the trade name").extracting(MemberRow::id).containsExactly(escondidaId);
        assertThat(service.search(MemberFilter.ALL.withText("ingenie " + tag.substring(0, 6)), byName))
                .as("the beginnings of words").extracting(MemberRow::id).containsExactly(startsWithTag);
        assertThat(service.search(MemberFilter.ALL.withText("Escondida"), PageRequest.of(0, 1000)))
                .extracting(MemberRow::id).contains(escondidaId);
        assertThat(service.count(MemberFilter.ALL.withText(tag + " minera"))).isEqualTo(2);
        assertThat(service.search(MemberFilter.ALL.withText("Escondida " + tag + " Sur"), byName))
                .as("every word must be there").isEmpty();
        assertThat(service.search(new MemberFilter(tag, MemberType.SUPPLIER, null, null, null), byName))
                .as("words and filters together").extracting(MemberRow::id).containsExactly(startsWithTag);
    }

    @Test
    void search_finds_a_rut_with_or_without_dots_whole_or_begun() {
        MemberDraft draft = TestMembers.draft("Socio con RUT " + UUID.randomUUID().toString().substring(0, 6),
                MemberType.OTHER);
        long id = service.create(draft);
        String dotted = draft.getRut();
        String plain = dotted.replace(".", "");
        PageRequest page = PageRequest.of(0, 50);
        for (String typed : new String[] {dotted, plain, dotted.substring(0, 6), plain.substring(0, 5),
                plain.toLowerCase()}) {
            assertThat(service.search(MemberFilter.ALL.withText(typed), page)).as(typed)
                    .extracting(MemberRow::id).contains(id);
        }
    }

    @Test
    void grid_count_is_exact_for_a_filter_below_the_bound() {
        String tag = "Zc" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            service.create(TestMembers.draft(tag + " Socio " + i, MemberType.ACADEMIA));
        }
        assertThat(service.countForGrid(MemberFilter.ALL.withText(tag)))
                .isEqualTo(new MemberCount(3, MemberCount.Precision.EXACT));
        long all = service.count(MemberFilter.ALL);
        MemberCount grid = service.countForGrid(MemberFilter.ALL);
        if (all <= MemberService.EXACT_COUNT_LIMIT) {
            assertThat(grid).isEqualTo(new MemberCount(all, MemberCount.Precision.EXACT));
        } else {
            assertThat(grid.precision()).isEqualTo(MemberCount.Precision.ABOUT);
        }
    }

    @Test
    void ties_are_broken_in_the_sort_direction_along_the_sorted_index() {
        assertThat(MemberService.withSafeSort(PageRequest.of(2, 50, Sort.by(Sort.Direction.DESC, "joinDate")))
                .getSort()).containsExactly(Sort.Order.desc("joinDate"), Sort.Order.desc("id"));
        assertThat(MemberService.withSafeSort(PageRequest.of(0, 50, Sort.by("type"))).getSort())
                .containsExactly(Sort.Order.asc("type"), Sort.Order.asc("legalName"), Sort.Order.asc("id"));
        assertThat(MemberService.withSafeSort(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "rut"))).getSort())
                .containsExactly(Sort.Order.desc("rut"));
        assertThat(MemberService.withSafeSort(PageRequest.of(0, 50, Sort.by("email"))).getSort())
                .containsExactly(Sort.Order.asc("legalName"), Sort.Order.asc("id"));
    }

    private static ContactDraft contact(String name, boolean primary) {
        ContactDraft draft = new ContactDraft();
        draft.setFullName(name);
        draft.setEmail(name.toLowerCase().replace(' ', '.').replace("é", "e").replace("í", "i") + "@empresa.cl");
        draft.setPrimaryContact(primary);
        return draft;
    }
}
