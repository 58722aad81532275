package cl.clusterminero.gestion.activity;

import java.time.LocalDateTime;

/** An activity as the lists show it, with how many contacts are registered. */
public record ActivityRow(long id, ActivityKind kind, String title, LocalDateTime startsAt, String place,
                          boolean online, String programCode, String organiserName, int capacity, int registered,
                          ActivityStatus status) {
}
