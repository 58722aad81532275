package cl.clusterminero.gestion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    @Test
    void dates_are_written_day_month_year_with_dashes() {
        assertThat(DisplayFormats.date(LocalDate.of(2026, 3, 9))).isEqualTo("09-03-2026");
        assertThat(DisplayFormats.dateTime(LocalDateTime.of(2026, 3, 12, 10, 42))).isEqualTo("12-03-2026 10:42");
        assertThat(DisplayFormats.date(null)).isEmpty();
    }

    @Test
    void pesos_have_dots_as_thousands_separators_and_no_decimals() {
        assertThat(DisplayFormats.clp(1_234_567)).isEqualTo("$1.234.567");
        assertThat(DisplayFormats.clp(0)).isEqualTo("$0");
        assertThat(DisplayFormats.clp(999)).isEqualTo("$999");
        assertThat(DisplayFormats.clp(-25_000_000_000L)).isEqualTo("-$25.000.000.000");
    }

    @Test
    void pesos_typed_with_or_without_dots_and_sign_are_read_back() {
        assertThat(DisplayFormats.parseClp("1234567")).contains(1_234_567L);
        assertThat(DisplayFormats.parseClp("1.234.567")).contains(1_234_567L);
        assertThat(DisplayFormats.parseClp(" $ 1.234.567 ")).contains(1_234_567L);
        assertThat(DisplayFormats.parseClp(DisplayFormats.clp(-25_000_000_000L))).contains(-25_000_000_000L);
    }

    @Test
    void misplaced_dots_decimals_words_and_overflow_are_no_amount() {
        assertThat(DisplayFormats.parseClp("1.2.3")).isEmpty();
        assertThat(DisplayFormats.parseClp("1234.567")).isEmpty();
        assertThat(DisplayFormats.parseClp("12,5")).isEmpty();
        assertThat(DisplayFormats.parseClp("mucho dinero")).isEmpty();
        assertThat(DisplayFormats.parseClp("99999999999999999999")).isEmpty();
        assertThat(DisplayFormats.parseClp("  ")).isEmpty();
    }
}
