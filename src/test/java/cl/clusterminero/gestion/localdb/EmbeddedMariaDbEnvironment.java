package cl.clusterminero.gestion.localdb;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no datasource is configured, starts the embedded MariaDB and points Spring at it. With
 * {@code SPRING_DATASOURCE_URL} set, it does nothing: that server is used and no embedded one starts.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String DATA_DIR_PROPERTY = "app.embedded-db.dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            System.out.println("[gestion] Using the external MariaDB at " + configured);
            return;
        }
        Path root = Path.of(environment.getProperty(DATA_DIR_PROPERTY, ".data/mariadb")).toAbsolutePath();
        String url = EmbeddedMariaDb.start(root);
        System.out.println("[gestion] Using the embedded MariaDB at " + url + " (data in " + root + ")");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
