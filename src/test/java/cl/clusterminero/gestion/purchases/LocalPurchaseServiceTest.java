package cl.clusterminero.gestion.purchases;

import static cl.clusterminero.gestion.purchases.PurchaseTestData.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;

/** The ledger's rules for one report: who may record it, what makes it invalid, and stale edits. */
@IntegrationTest
@WithAppUser(value = Role.SECRETARIAT, username = "secretaria.test")
class LocalPurchaseServiceTest {

    @Autowired
    LocalPurchaseService service;

    @Autowired
    MemberService members;

    @Autowired
    TranslationProvider translations;

    @Autowired
    Clock clock;

    long mine;
    String mineName;

    @BeforeEach
    void miningCompany() {
        mineName = "Minera Prueba " + UUID.randomUUID().toString().substring(0, 6) + " S.A.";
        mine = PurchaseTestData.miningCompany(members, mineName);
    }

    @Test
    void secretariat_records_a_report_and_reads_it_back_with_its_share_and_author() {
        LocalPurchaseDraft draft = draft(mine, 2024, null, 1_000_000_000L, 170_000_000L);
        draft.setPaidOnTimePercent(new BigDecimal("87.5"));
        draft.setNote("Reporte de sostenibilidad 2024");

        long id = service.create(draft);

        LocalPurchaseDetails details = service.details(id);
        assertThat(details.memberName()).isEqualTo(mineName);
        assertThat(details.createdBy()).isEqualTo("secretaria.test");
        assertThat(details.draft().getQuarter()).isNull();
        assertThat(details.draft().getPaidOnTimePercent()).isEqualByComparingTo("87.5");
        assertThat(service.search(new LocalPurchaseFilter(mine, null, null, null),
                Pageable.unpaged())).singleElement().satisfies(row -> {
                    assertThat(row.totalClp()).isEqualTo(1_000_000_000L);
                    assertThat(row.regionalShare()).isEqualByComparingTo("17.0");
                });
    }

    @Test
    void report_of_a_member_that_is_not_a_mining_company_is_rejected_naming_it() {
        long supplier = PurchaseTestData.supplier(members, "Proveedora Prueba " + UUID.randomUUID());
        assertThatThrownBy(() -> service.create(draft(supplier, 2024, null, 100, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::key)
                        .containsExactly(tuple("memberId", "purchases.member.not-mining-company")));
    }

    @Test
    void negative_amounts_are_rejected() {
        assertThatThrownBy(() -> service.create(draft(mine, 2024, null, -1, -5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::key)
                        .containsExactlyInAnyOrder(tuple("totalClp", "validation.not-negative"),
                                tuple("regionalClp", "validation.not-negative")));
    }

    @Test
    void regional_amount_above_total_is_rejected() {
        assertThatThrownBy(() -> service.create(draft(mine, 2024, null, 100_000_000L, 100_000_001L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::key)
                            .containsExactly(tuple("regionalClp", "purchases.regional.above-total"));
                    assertThat(message(e.problems().getFirst()))
                            .isEqualTo("Las compras regionales no pueden superar las compras totales.");
                });
        // Equal is fine: every peso bought in the region.
        assertThat(service.create(draft(mine, 2024, null, 100_000_000L, 100_000_000L))).isPositive();
    }

    @Test
    void more_regional_suppliers_than_suppliers_are_rejected() {
        LocalPurchaseDraft draft = draft(mine, 2024, null, 100, 10);
        draft.setRegionalSuppliers(301);
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key)
                        .containsExactly("purchases.suppliers.regional-above-total"));
    }

    @Test
    void duplicate_member_and_period_is_rejected_with_a_message_naming_both() {
        service.create(draft(mine, 2023, null, 100, 10));
        service.create(draft(mine, 2023, 2, 50, 5));

        assertThatThrownBy(() -> service.create(draft(mine, 2023, null, 200, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("year");
                    assertThat(message(e.problems().getFirst()))
                            .isEqualTo("Ya existe un reporte de «" + mineName + "» para el año 2023.");
                });
        assertThatThrownBy(() -> service.create(draft(mine, 2023, 2, 200, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e.problems().getFirst()))
                        .isEqualTo("Ya existe un reporte de «" + mineName + "» para el trimestre 2 de 2023."));
    }

    @Test
    void whole_year_and_quarterly_reports_of_the_same_year_are_different_periods() {
        service.create(draft(mine, 2022, null, 400, 40));
        for (int quarter = 1; quarter <= 4; quarter++) {
            service.create(draft(mine, 2022, quarter, 100, 10));
        }
        assertThat(service.count(new LocalPurchaseFilter(mine, 2022, null, null))).isEqualTo(5);
        assertThat(service.count(new LocalPurchaseFilter(mine, 2022, 0, null))).isEqualTo(1);
        assertThat(service.count(new LocalPurchaseFilter(mine, 2022, 3, ReportSource.SELF_DECLARED))).isEqualTo(1);
        assertThat(service.count(new LocalPurchaseFilter(mine, 2022, 3, ReportSource.AUDITED))).isZero();
    }

    @Test
    void quarter_outside_one_to_four_and_year_outside_the_range_are_rejected() {
        int nextYear = LocalDate.now(clock).getYear() + 1;
        assertThatThrownBy(() -> service.create(draft(mine, nextYear, 5, 100, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::key)
                        .containsExactlyInAnyOrder(tuple("year", "purchases.year.range"),
                                tuple("quarter", "purchases.quarter.range")));
        assertThatThrownBy(() -> service.create(draft(mine, 1999, null, 100, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e.problems().getFirst()))
                        .isEqualTo("El año debe estar entre 2000 y " + (nextYear - 1) + "."));
    }

    @Test
    void share_paid_on_time_must_be_between_0_and_100() {
        LocalPurchaseDraft above = draft(mine, 2024, null, 100, 10);
        above.setPaidOnTimePercent(new BigDecimal("100.01"));
        LocalPurchaseDraft below = draft(mine, 2024, null, 100, 10);
        below.setPaidOnTimePercent(new BigDecimal("-1"));
        for (LocalPurchaseDraft draft : new LocalPurchaseDraft[] {above, below}) {
            assertThatThrownBy(() -> service.create(draft))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::key)
                            .containsExactly(tuple("paidOnTimePercent", "purchases.percent.range")));
        }
        above.setPaidOnTimePercent(new BigDecimal("100"));
        assertThat(service.create(above)).isPositive();
    }

    @Test
    void required_fields_are_reported_each_on_its_field() {
        assertThatThrownBy(() -> service.create(new LocalPurchaseDraft()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("memberId", "year", "totalClp", "regionalClp", "source"));
    }

    @Test
    void stale_edit_is_refused_and_overwrites_nothing() {
        long id = service.create(draft(mine, 2021, null, 1_000, 100));
        long seen = service.details(id).version();
        service.update(id, seen, draft(mine, 2021, null, 1_000, 200));

        assertThatThrownBy(() -> service.update(id, seen, draft(mine, 2021, null, 1_000, 300)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.delete(id, seen)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.details(id).draft().getRegionalClp()).isEqualTo(200);
    }

    @Test
    void an_edit_may_keep_its_own_period_but_not_take_another_reports() {
        long first = service.create(draft(mine, 2020, null, 1_000, 100));
        long second = service.create(draft(mine, 2020, 1, 1_000, 100));
        service.update(first, service.details(first).version(), draft(mine, 2020, null, 2_000, 100));

        assertThatThrownBy(() -> service.update(second, service.details(second).version(),
                draft(mine, 2020, null, 1_000, 100)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("purchases.period.duplicate"));
    }

    private String message(FieldProblem problem) {
        return translations.getTranslation(problem.key(), TranslationProvider.SPANISH_CHILE, problem.args());
    }
}
