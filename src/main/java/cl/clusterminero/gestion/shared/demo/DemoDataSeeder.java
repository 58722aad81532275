package cl.clusterminero.gestion.shared.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs every feature's {@link DemoSeed} at start-up, in order, when the {@code demo} profile is active. */
@Component
@Profile("demo")
@Order(100)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoSeed> seeds;

    DemoDataSeeder(List<DemoSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).forEach(seed -> {
            log.info("Demo data: {}", seed.getClass().getSimpleName());
            seed.seed();
        });
    }
}
