package cl.clusterminero.gestion.activity;

import java.time.LocalDateTime;

/** An activity a member took part in (through its contacts): how many registered and how many attended. */
public record MemberActivity(long activityId, ActivityKind kind, String title, LocalDateTime startsAt,
                             ActivityStatus status, int registered, int attended) {
}
