package cl.clusterminero.gestion.purchases;

import static cl.clusterminero.gestion.purchases.PurchaseTestData.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.roadmap.RoadmapDraft;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Who may do what with the ledger: the services refuse whatever the screens show. */
@IntegrationTest
class LocalPurchaseRolesTest {

    @Autowired
    LocalPurchaseService service;

    @Autowired
    LocalPurchaseTransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    RoadmapService roadmaps;

    long mine;
    long report;
    long roadmap;

    @BeforeEach
    void data() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        mine = PurchaseTestData.miningCompany(members, "Minera Roles " + tag);
        report = SystemAuthentication.callAsSystem(() -> service.create(draft(mine, 2024, null, 1_000, 100)));
        roadmap = SystemAuthentication.callAsSystem(() -> roadmaps.createRoadmap(new RoadmapDraft("P" + tag,
                "Hoja de prueba " + tag, null, 2021, 2025)));
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_reads_but_cannot_create_edit_delete_or_import() {
        assertThat(service.details(report).draft().getTotalClp()).isEqualTo(1_000);
        assertThat(service.count(new LocalPurchaseFilter(mine, null, null, null))).isEqualTo(1);
        assertThat(service.clusterShares()).isNotEmpty();
        refusedToWrite();
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void program_manager_reads_but_cannot_create_edit_delete_or_import() {
        assertThat(service.companyShares(mine)).singleElement()
                .satisfies(year -> assertThat(year.share()).isEqualByComparingTo("10.0"));
        refusedToWrite();
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_cannot_set_or_delete_targets() {
        assertThatThrownBy(() -> service.saveTarget(roadmap, null, 0, 2025, BigDecimal.valueOf(25)))
                .isInstanceOf(AuthorizationDeniedException.class);
        long target = SystemAuthentication.callAsSystem(() -> service.saveTarget(roadmap, null, 0, 2025,
                BigDecimal.valueOf(25)));
        assertThatThrownBy(() -> service.deleteTarget(target, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.targets(roadmap)).hasSize(1);
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_cannot_set_targets() {
        assertThatThrownBy(() -> service.saveTarget(roadmap, null, 0, 2025, BigDecimal.valueOf(25)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void admin_sets_and_changes_targets_one_per_year_between_0_and_100() {
        long target = service.saveTarget(roadmap, null, 0, 2025, new BigDecimal("25"));
        service.saveTarget(roadmap, null, 0, 2024, new BigDecimal("22.5"));
        assertThatThrownBy(() -> service.saveTarget(roadmap, null, 0, 2025, BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("purchases.target.duplicate"));
        assertThatThrownBy(() -> service.saveTarget(roadmap, null, 0, 2023, new BigDecimal("100.5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("purchases.percent.range"));

        service.saveTarget(roadmap, target, 0, 2025, new BigDecimal("26"));
        assertThat(service.targets(roadmap)).extracting(PurchaseTargetRow::year, row -> row.regionalShare()
                .stripTrailingZeros().toPlainString()).containsExactly(
                Tuple.tuple(2024, "22.5"), Tuple.tuple(2025, "26"));
        assertThatThrownBy(() -> service.saveTarget(roadmap, target, 0, 2025, new BigDecimal("27")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    private void refusedToWrite() {
        byte[] file = "rut;anio;compras_totales;compras_regionales;fuente\n".getBytes(StandardCharsets.UTF_8);
        long version = service.details(report).version();
        assertThatThrownBy(() -> service.create(draft(mine, 2023, null, 1_000, 100)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.update(report, version, draft(mine, 2024, null, 1_000, 500)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.delete(report, version)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfers.preview("f.csv", file)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> transfers.commit("f.csv", file, List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.saveTarget(roadmap, null, 0, 2025, BigDecimal.ONE))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.search(new LocalPurchaseFilter(mine, null, null, null), Pageable.unpaged()))
                .singleElement().satisfies(row -> assertThat(row.regionalClp()).isEqualTo(100));
    }
}
