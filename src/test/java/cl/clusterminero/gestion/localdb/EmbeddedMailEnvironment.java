package cl.clusterminero.gestion.localdb;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no SMTP server is configured (MAIL_HOST unset), starts the embedded GreenMail server and points Spring's mail
 * sender at it; with MAIL_HOST set it does nothing.
 */
public class EmbeddedMailEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("MAIL_HOST");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        EmbeddedMail.start(Integer.parseInt(environment.getProperty("app.embedded-mail.port", "1025")));
        int port = EmbeddedMail.port();
        System.out.println("[gestion] Using the embedded SMTP server (GreenMail) at 127.0.0.1:" + port
                + "; every caught message is logged as \"[gestion] Mail caught: ...\"");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port))));
    }
}
