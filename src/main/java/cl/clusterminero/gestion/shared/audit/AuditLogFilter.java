package cl.clusterminero.gestion.shared.audit;

import java.time.LocalDate;

/** Which transactions the audit log shows; null means any. Dates are Chile's calendar days, both included. */
public record AuditLogFilter(String table, String user, LocalDate from, LocalDate to) {

    public static final AuditLogFilter ALL = new AuditLogFilter(null, null, null, null);
}
