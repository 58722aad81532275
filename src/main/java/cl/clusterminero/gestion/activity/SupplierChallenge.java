package cl.clusterminero.gestion.activity;

import java.time.LocalDate;

/** A challenge a supplier applied to, as its member page shows it: shortlisted, and whether it won. */
public record SupplierChallenge(long challengeId, String title, String miningCompanyName, LocalDate deadline,
                                ChallengeStatus status, boolean shortlisted, boolean won) {
}
