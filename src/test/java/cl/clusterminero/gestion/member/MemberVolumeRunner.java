package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** With the {@code volume} profile, fills the registry to {@code app.volume.members} members at start-up. */
@Component
@Profile("volume")
class MemberVolumeRunner implements ApplicationRunner {

    private final MemberVolume volume;
    private final int members;

    MemberVolumeRunner(MemberVolume volume, @Value("${app.volume.members:100000}") int members) {
        this.volume = volume;
        this.members = members;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> volume.ensure(members));
    }
}
