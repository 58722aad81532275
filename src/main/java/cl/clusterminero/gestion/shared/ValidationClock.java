package cl.clusterminero.gestion.shared;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "not in the future" checks use the application's clock (Chile's date), not the JVM's zone. */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer validationClockProvider(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
