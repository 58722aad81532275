package cl.clusterminero.gestion.activity;

import java.time.LocalDate;

/** A challenge in the list, with its mining company and number of applications. */
public record ChallengeRow(long id, String title, String miningCompanyName, String operation, LocalDate deadline,
                           ChallengeStatus status, int applications) {
}
