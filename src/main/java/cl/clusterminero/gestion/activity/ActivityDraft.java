package cl.clusterminero.gestion.activity;

import java.time.LocalDateTime;

/**
 * An activity as a form edits it. Times are Chile's wall-clock time; {@code programId} and {@code initiativeId}
 * are optional; {@code capacity} is a number of registered contacts.
 */
public record ActivityDraft(ActivityKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                            String place, String onlineLink, String description, Long programId, Long initiativeId,
                            Long organiserId, Integer capacity, ActivityStatus status) {
}
