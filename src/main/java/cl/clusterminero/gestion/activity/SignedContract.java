package cl.clusterminero.gestion.activity;

import java.time.LocalDate;

/** A contract signed after a business-round meeting, as a member's page shows it (the other party named). */
public record SignedContract(long activityId, String activityTitle, LocalDate date, long counterpartId,
                             String counterpartName, Long amount) {
}
