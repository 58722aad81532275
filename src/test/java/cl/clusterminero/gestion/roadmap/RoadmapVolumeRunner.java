package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** With the {@code volume} profile, fills the volume roadmap to {@code app.volume.initiatives} initiatives. */
@Component
@Profile("volume")
class RoadmapVolumeRunner implements ApplicationRunner {

    private final RoadmapVolume volume;
    private final int initiatives;

    RoadmapVolumeRunner(RoadmapVolume volume, @Value("${app.volume.initiatives:10000}") int initiatives) {
        this.volume = volume;
        this.initiatives = initiatives;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> volume.ensure(initiatives));
    }
}
