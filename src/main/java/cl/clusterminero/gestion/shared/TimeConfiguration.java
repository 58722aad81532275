package cl.clusterminero.gestion.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Chile's time zone, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");

    @Bean
    Clock clock() {
        return Clock.system(CHILE);
    }
}
