package cl.clusterminero.gestion.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    List<MailPreference> findByUserId(Long userId);

    Optional<MailPreference> findByUserIdAndKind(Long userId, NotificationKind kind);
}
