package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.roadmap.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Views ask whether a service would let the user act, by the service's own role rule. */
@IntegrationTest
class CurrentUserTest {

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void the_secretariat_may_create_members_but_neither_set_purchase_targets_nor_review() {
        assertThat(currentUser.mayCall(MemberService.class, "create")).isTrue();
        assertThat(currentUser.mayCall(LocalPurchaseService.class, "saveTarget")).isFalse();
        assertThat(currentUser.mayCall(ReviewService.class, "review")).isFalse();
    }

    @Test
    @WithAppUser(Role.BOARD)
    void a_board_member_reads_members_by_the_class_rule_and_reviews_by_the_method_rule() {
        assertThat(currentUser.mayCall(MemberService.class, "details")).isTrue();
        assertThat(currentUser.mayCall(MemberService.class, "create")).isFalse();
        assertThat(currentUser.mayCall(ReviewService.class, "review")).isTrue();
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void a_method_name_that_does_not_exist_is_a_programming_error_not_a_silent_no() {
        assertThatThrownBy(() -> currentUser.mayCall(MemberService.class, "craete"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
