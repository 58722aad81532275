package cl.clusterminero.gestion.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailLanguageRepository extends JpaRepository<MailLanguage, Long> {
}
