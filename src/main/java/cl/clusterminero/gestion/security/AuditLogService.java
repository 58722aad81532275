package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.audit.AuditLogFilter;
import cl.clusterminero.gestion.shared.audit.AuditLogRow;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The global audit log, for the admin: every audited transaction, filterable by record type, person and dates. */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    private final AuditTrail auditTrail;

    AuditLogService(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditLogRow> log(AuditLogFilter filter, Pageable pageable) {
        return auditTrail.log(filter, pageable.isPaged() ? pageable.getPageSize() : 500,
                pageable.isPaged() ? pageable.getOffset() : 0);
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditLogFilter filter) {
        return auditTrail.countLog(filter);
    }
}
