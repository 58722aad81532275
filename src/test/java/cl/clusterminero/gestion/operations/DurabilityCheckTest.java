package cl.clusterminero.gestion.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class DurabilityCheckTest {

    @Test
    void flush_at_every_commit_without_binlog_is_durable() {
        assertThat(DurabilityCheck.problems("1", "0", "0")).isEmpty();
        assertThat(DurabilityCheck.problems("1", "ON", "1")).isEmpty();
    }

    @Test
    void flush_once_a_second_or_an_unsynced_binlog_is_refused() {
        assertThat(DurabilityCheck.problems("2", "0", "0")).singleElement().asString()
                .contains("innodb_flush_log_at_trx_commit=2");
        assertThat(DurabilityCheck.problems("1", "1", "0")).singleElement().asString().contains("sync_binlog=0");
    }

    @Test
    void only_skip_leaves_the_database_unchecked() {
        assertThat(DurabilityCheck.skipped("skip")).isTrue();
        assertThat(DurabilityCheck.skipped("SKIP")).isTrue();
        assertThat(DurabilityCheck.skipped("refuse")).isFalse();
        assertThat(DurabilityCheck.skipped("warn")).isFalse();
        assertThat(DurabilityCheck.skipped("")).isFalse();
    }

    @Test
    void skip_never_asks_the_data_source_for_a_connection() {
        DataSource failing = dataSource(new AssertionError("the database was used"));
        new DurabilityCheck(failing, "skip").afterPropertiesSet();
    }

    @Test
    void refuse_queries_the_database_and_fails_without_one() {
        DataSource unreachable = dataSource(new SQLException("no database"));
        assertThatThrownBy(() -> new DurabilityCheck(unreachable, "refuse").afterPropertiesSet())
                .isInstanceOf(DataAccessException.class);
    }

    /** A DataSource whose every method throws {@code failure}. */
    private static DataSource dataSource(Throwable failure) {
        return (DataSource) Proxy.newProxyInstance(DurabilityCheckTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw failure;
                });
    }
}
