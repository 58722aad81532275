package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AdminBootstrapTest {

    private final AppUserRepository users = mock(AppUserRepository.class);

    @Test
    void without_admin_settings_the_application_refuses_to_start_instead_of_inventing_an_account() {
        when(users.existsWithRole(Role.ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> bootstrap("", "").run(null))
                .hasMessageContaining("APP_ADMIN_USERNAME");
        verify(users, never()).save(any());
    }

    @Test
    void a_weak_admin_password_is_refused() {
        when(users.existsWithRole(Role.ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> bootstrap("jefa", "ClusterMinero2025").run(null))
                .hasMessageContaining("too weak");
        assertThatThrownBy(() -> bootstrap("jefa", "corta").run(null))
                .hasMessageContaining("too weak");
        verify(users, never()).save(any());
    }

    @Test
    void a_strong_password_creates_the_first_admin_once() {
        when(users.existsWithRole(Role.ADMIN)).thenReturn(false);
        bootstrap("jefa", "viento-en-la-pampa-salitrera").run(null);
        verify(users).save(any(AppUser.class));
    }

    @Test
    void nothing_happens_when_an_admin_exists() {
        when(users.existsWithRole(Role.ADMIN)).thenReturn(true);
        bootstrap("", "").run(null);
        verify(users, never()).save(any());
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(users, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new PasswordPolicy(), Clock.systemUTC(), username, password, "Administradora");
    }
}
