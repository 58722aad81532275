package cl.clusterminero.gestion.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
