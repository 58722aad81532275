package cl.clusterminero.gestion.shared.audit;

import java.time.Instant;
import java.util.List;

/** One audited transaction in the global audit log: when, who, and which records it created, changed or deleted. */
public record AuditLogRow(long revision, Instant at, String username, String fullName, List<Touched> touched) {

    /** A record touched by the transaction (for a collection, its owner). */
    public record Touched(String table, long rowId, AuditEntry.Kind kind) {
    }
}
