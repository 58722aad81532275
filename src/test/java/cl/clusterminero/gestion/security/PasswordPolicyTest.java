package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted_without_composition_rules() {
        assertThat(policy.violation("cmunoz", "llamas en el altiplano")).isEmpty();
        assertThat(policy.violation("cmunoz", "x".repeat(128))).isEmpty();
    }

    @Test
    void a_password_under_twelve_characters_is_rejected() {
        assertThat(policy.violation("cmunoz", "Corto-1234!")).contains("password.too-short");
    }

    @Test
    void a_password_over_128_characters_is_rejected() {
        assertThat(policy.violation("cmunoz", "x".repeat(129))).contains("password.too-long");
    }

    @Test
    void a_common_password_is_rejected_whatever_its_case() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(3000);
        assertThat(policy.violation("cmunoz", "ClusterMinero2025")).contains("password.common");
        assertThat(policy.violation("cmunoz", "1234567890123")).contains("password.common");
    }

    @Test
    void a_password_containing_the_username_is_rejected() {
        assertThat(policy.violation("cmunoz", "soy-CMUNOZ-del-norte")).contains("password.contains-username");
    }
}
