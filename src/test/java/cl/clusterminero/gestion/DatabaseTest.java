package cl.clusterminero.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void tests_run_against_mariadb_with_the_flyway_schema() {
        String version = jdbc.queryForObject("select version()", String.class);
        System.out.println("[gestion] Tests run against MariaDB " + version + " at " + url);
        assertThat(version).containsIgnoringCase("mariadb");
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version = '1'", Integer.class);
        assertThat(applied).isEqualTo(1);
    }
}
