package cl.clusterminero.gestion.activity;

import java.time.LocalDate;

/**
 * The activity grid's filters, each optional: kind, a period of start dates (inclusive), program, status, and only
 * the current user's own activities (as organiser).
 */
public record ActivityFilter(ActivityKind kind, LocalDate from, LocalDate to, Long programId, ActivityStatus status,
                             boolean onlyMine) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, false);
    }
}
