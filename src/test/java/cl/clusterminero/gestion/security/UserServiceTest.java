package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService userService;

    @Autowired
    DatabaseUserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithAppUser(Role.ADMIN)
    void admin_sees_the_bootstrapped_admin_with_its_role() {
        List<UserSummary> page = userService.list("admin.prue", PageRequest.of(0, 10, Sort.by("fullName")));
        assertThat(page).extracting(UserSummary::username).containsExactly("admin.pruebas");
        assertThat(page.getFirst().roles()).containsExactly(Role.ADMIN);
        assertThat(userService.count("admin.prue")).isEqualTo(1);
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void an_unknown_sort_property_from_the_browser_is_ignored() {
        assertThat(userService.list("", PageRequest.of(0, 10, Sort.by("passwordHash")))).isNotEmpty();
    }

    @Test
    @WithAppUser({Role.BOARD, Role.SECRETARIAT, Role.PROGRAM_MANAGER})
    void the_service_refuses_the_user_list_to_every_role_but_admin() {
        assertThatThrownBy(() -> userService.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> userService.count(""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_service_refuses_anonymous_callers() {
        assertThatThrownBy(() -> userService.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void login_loads_the_user_with_roles_and_a_slow_delegating_hash() {
        UserDetails admin = userDetailsService.loadUserByUsername("ADMIN.pruebas");
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(admin.getPassword()).startsWith("{bcrypt}$2");
        assertThat(passwordEncoder.matches("Quebrada-Tarapaca-Norte", admin.getPassword())).isTrue();
    }
}
