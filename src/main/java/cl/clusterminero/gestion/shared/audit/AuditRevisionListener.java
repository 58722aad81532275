package cl.clusterminero.gestion.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs each revision with the user of the current request, or "sistema" for start-up work without one. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "sistema";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Auditor auditor) {
            revision.setUsername(truncate(auditor.getUsername(), 50));
            revision.setFullName(truncate(auditor.fullName(), 120));
        } else if (authentication != null && authentication.isAuthenticated()) {
            revision.setUsername(truncate(authentication.getName(), 50));
            revision.setFullName(truncate(authentication.getName(), 120));
        } else {
            revision.setUsername(SYSTEM);
            revision.setFullName("Sistema");
        }
    }

    private static String truncate(String value, int max) {
        return value == null ? SYSTEM : value.length() <= max ? value : value.substring(0, max);
    }
}
