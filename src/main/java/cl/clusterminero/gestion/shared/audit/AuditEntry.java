package cl.clusterminero.gestion.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of one row: when, who, what kind, and each field's old and new value as display text
 * ({@code null} when empty). {@code table} and {@code rowId} say which record (a member, one of its contacts...).
 */
public record AuditEntry(long revision, Instant at, String who, String table, long rowId, Kind kind,
                         List<Change> changes) {

    public enum Kind {
        CREATED, CHANGED, DELETED;

        public String labelKey() {
            return "audit.kind." + name();
        }
    }

    /** A field (column name) that went from {@code oldValue} to {@code newValue}. */
    public record Change(String field, String oldValue, String newValue) {
    }
}
