package cl.clusterminero.gestion.shared.audit;

import cl.clusterminero.gestion.shared.DisplayFormats;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the Envers tables back as a readable history: every version of the asked rows, each compared with the
 * previous version of the same row, so that a change reads "status: ACTIVE → SUSPENDED". Features call it from their
 * services (which carry the role rules) with their own table names; values come back as display text.
 */
@Component
public class AuditTrail {

    /** Audited tables (without the {@code _aud} suffix); only these names ever reach SQL. */
    public static final Set<String> TABLES = Set.of("member", "contact", "supplier_link", "program",
            "program_funding", "roadmap", "strategic_axis", "initiative", "milestone", "board_review",
            "decision_request", "board_meeting", "agenda_item", "resolution", "local_purchase_report",
            "purchase_target", "app_user", "activity", "participation", "business_meeting", "challenge",
            "challenge_application");

    /** Audited collections: table → [owner column, value column]. */
    public static final Map<String, String[]> COLLECTIONS = Map.of(
            "app_user_role", new String[] {"user_id", "role"},
            "program_manager", new String[] {"program_id", "user_id"},
            "program_member", new String[] {"program_id", "member_id"},
            "initiative_partner", new String[] {"initiative_id", "member_id"},
            "board_meeting_attendee", new String[] {"meeting_id", "user_id"});

    /** Bookkeeping columns that every change touches; they say nothing a reader needs. */
    private static final Set<String> TECHNICAL = Set.of("id", "rev", "revtype", "created_at", "created_by",
            "updated_at", "updated_by", "revision_at", "full_name_r", "username_r");

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the rows of {@code table} whose {@code column} equals {@code value}, newest first. */
    public List<AuditEntry> history(String table, String column, long value) {
        requireKnown(table);
        requireColumnName(column);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        jdbc.query("select a.*, r.revision_at as revision_at, r.full_name as full_name_r from " + table
                + "_aud a join audit_revision r on r.id = a.rev where a." + column + " = ? order by a.id, a.rev",
                (ResultSet rs) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    if (columns.isEmpty()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                        }
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.put(columns.get(i - 1), rs.getObject(i));
                    }
                    rows.add(row);
                }, value);
        List<AuditEntry> entries = new ArrayList<>();
        Map<Long, Map<String, Object>> previous = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long rowId = ((Number) row.get("id")).longValue();
            int revtype = ((Number) row.get("revtype")).intValue();
            AuditEntry.Kind kind = revtype == 0 ? AuditEntry.Kind.CREATED : revtype == 2 ? AuditEntry.Kind.DELETED
                    : AuditEntry.Kind.CHANGED;
            Map<String, Object> before = previous.get(rowId);
            List<AuditEntry.Change> changes = new ArrayList<>();
            for (String name : columns) {
                if (TECHNICAL.contains(name)) {
                    continue;
                }
                String now = text(row.get(name));
                String then = before == null ? null : text(before.get(name));
                if (kind == AuditEntry.Kind.DELETED) {
                    continue;
                }
                if (before == null ? now != null : !Objects.equals(then, now)) {
                    changes.add(new AuditEntry.Change(name, then, now));
                }
            }
            previous.put(rowId, row);
            if (kind != AuditEntry.Kind.CHANGED || !changes.isEmpty()) {
                entries.add(new AuditEntry(((Number) row.get("rev")).longValue(),
                        instant(row.get("revision_at")), (String) row.get("full_name_r"), table,
                        rowId, kind, changes));
            }
        }
        entries.sort(Comparator.comparingLong(AuditEntry::revision).reversed());
        return entries;
    }

    /** Additions and removals in an audited collection of one owner, newest first (one entry per revision). */
    public List<AuditEntry> collectionHistory(String table, long ownerId) {
        String[] columns = COLLECTIONS.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("Not an audited collection: " + table);
        }
        Map<Long, AuditEntry> byRevision = new LinkedHashMap<>();
        jdbc.query("select a." + columns[1] + " as item, a.revtype, a.rev, r.revision_at, r.full_name from " + table
                + "_aud a join audit_revision r on r.id = a.rev where a." + columns[0] + " = ? order by a.rev desc",
                (ResultSet rs) -> {
                    long rev = rs.getLong("rev");
                    AuditEntry entry = byRevision.computeIfAbsent(rev, r -> {
                        try {
                            return new AuditEntry(rev, instant(rs.getObject("revision_at")),
                                    rs.getString("full_name"), table, ownerId, AuditEntry.Kind.CHANGED,
                                    new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String item = rs.getString("item");
                    entry.changes().add(rs.getInt("revtype") == 2 ? new AuditEntry.Change(columns[1], item, null)
                            : new AuditEntry.Change(columns[1], null, item));
                }, ownerId);
        return new ArrayList<>(byRevision.values());
    }

    /** A page of the global audit log, newest first: one query for the transactions, one for what they touched. */
    public List<AuditLogRow> log(AuditLogFilter filter, int limit, long offset) {
        List<Object> args = new ArrayList<>();
        String where = logWhere(filter, args);
        args.add(limit);
        args.add(offset);
        List<AuditLogRow> page = jdbc.query("select r.id, r.revision_at, r.username, r.full_name from audit_revision r"
                + where + " order by r.id desc limit ? offset ?", (rs, n) -> new AuditLogRow(rs.getLong("id"),
                instant(rs.getObject("revision_at")), rs.getString("username"), rs.getString("full_name"),
                new ArrayList<>()), args.toArray());
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, AuditLogRow> byRevision = new HashMap<>();
        page.forEach(row -> byRevision.put(row.revision(), row));
        String revisions = String.join(",", page.stream().map(row -> String.valueOf(row.revision())).toList());
        List<String> branches = new ArrayList<>();
        TABLES.stream().sorted().forEach(table -> branches.add("select rev, '" + table + "' as t, id as row_id, "
                + "revtype from " + table + "_aud where rev in (" + revisions + ")"));
        COLLECTIONS.keySet().stream().sorted().forEach(table -> branches.add("select distinct rev, '" + table
                + "' as t, " + COLLECTIONS.get(table)[0] + " as row_id, 1 as revtype from " + table
                + "_aud where rev in (" + revisions + ")"));
        jdbc.query(String.join(" union all ", branches) + " order by t, row_id", (ResultSet rs) -> {
            int revtype = rs.getInt("revtype");
            byRevision.get(rs.getLong("rev")).touched().add(new AuditLogRow.Touched(rs.getString("t"),
                    rs.getLong("row_id"), revtype == 0 ? AuditEntry.Kind.CREATED : revtype == 2
                    ? AuditEntry.Kind.DELETED : AuditEntry.Kind.CHANGED));
        });
        return page;
    }

    public long countLog(AuditLogFilter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("select count(*) from audit_revision r" + logWhere(filter, args), Long.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    private static String logWhere(AuditLogFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            String like = "%" + filter.user().strip().replace("%", "").replace("_", "\\_") + "%";
            conditions.add("(r.username like ? or r.full_name like ?)");
            args.add(like);
            args.add(like);
        }
        if (filter.from() != null) {
            conditions.add("r.revision_at >= ?");
            args.add(Timestamp.valueOf(filter.from().atStartOfDay(DisplayFormats.ZONE)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        }
        if (filter.to() != null) {
            conditions.add("r.revision_at < ?");
            args.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay(DisplayFormats.ZONE)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        }
        if (filter.table() != null) {
            requireKnown(filter.table());
            conditions.add("r.id in (select rev from " + filter.table() + "_aud)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Merges histories of several tables, newest first. */
    public static List<AuditEntry> newestFirst(List<List<AuditEntry>> histories) {
        List<AuditEntry> all = new ArrayList<>();
        histories.forEach(all::addAll);
        all.sort(Comparator.comparingLong(AuditEntry::revision).reversed()
                .thenComparing(AuditEntry::table).thenComparingLong(AuditEntry::rowId));
        return all;
    }

    static void requireKnown(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not an audited table: " + table);
        }
    }

    private static void requireColumnName(String column) {
        if (!column.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return DisplayFormats.dateTime(instant(timestamp));
        }
        if (value instanceof Date date) {
            return DisplayFormats.date(date.toLocalDate());
        }
        if (value instanceof LocalDate date) {
            return DisplayFormats.date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DisplayFormats.dateTime(instant(dateTime));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
