package cl.clusterminero.gestion.activity;

import java.time.Instant;
import java.util.List;

/** A challenge's page: its data, state (with when and by whom it last changed) and applications. */
public record ChallengeDetails(long id, long version, ChallengeDraft data, String miningCompanyName,
                               ChallengeStatus status, Instant statusChangedAt, String statusChangedBy,
                               Long winnerApplicationId, List<ApplicationRow> applications, boolean mayManage) {
}
