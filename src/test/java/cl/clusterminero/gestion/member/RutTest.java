package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RutTest {

    private static final int NUMBER_WITH_ZERO = 14;

    @ParameterizedTest
    @CsvSource({
            "12345678-5, 12345678-5, 12.345.678-5",
            "12.345.678-5, 12345678-5, 12.345.678-5",
            "123456785, 12345678-5, 12.345.678-5",
            "76.086.428-5, 76086428-5, 76.086.428-5",
            "96.790.240-3, 96790240-3, 96.790.240-3",
            "11.111.111-1, 11111111-1, 11.111.111-1",
            "6.000.000-k, 6000000-K, 6.000.000-K",
            "1-9, 1-9, 1-9"})
    void valid_ruts_are_accepted_in_every_written_form(String typed, String stored, String shown) {
        Rut rut = Rut.parse(typed).orElseThrow();
        assertThat(rut.normalised()).isEqualTo(stored);
        assertThat(rut.formatted()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678-6", "12.345.678-K", "12345678", "1234567a-5", "12.34.5678-5", "", "  ",
            "0-0", "-5", "123.456.789-0", "12,345,678-5"})
    void malformed_ruts_or_wrong_check_digits_are_rejected(String typed) {
        assertThat(Rut.parse(typed)).isEmpty();
    }

    @Test
    void check_digit_is_k_for_ten_and_zero_for_eleven() {
        assertThat(Rut.checkDigitOf(6_000_000)).isEqualTo('K');
        assertThat(Rut.checkDigitOf(NUMBER_WITH_ZERO)).isEqualTo('0');
        assertThat(Rut.parse(NUMBER_WITH_ZERO + "-0")).isPresent();
    }

    @Test
    void search_text_becomes_a_prefix_of_the_stored_form() {
        assertThat(Rut.searchPrefix("76.086")).contains("76086");
        assertThat(Rut.searchPrefix("76.086.428-5")).contains("76086428-5");
        assertThat(Rut.searchPrefix("Minera")).isEmpty();
    }
}
