package cl.clusterminero.gestion.member;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a member's history as the history tab shows it. */
public record StatusChangeRow(MembershipStatus fromStatus, MembershipStatus toStatus, LocalDate effectiveDate,
                              String reason, String changedBy, Instant changedAt) {
}
