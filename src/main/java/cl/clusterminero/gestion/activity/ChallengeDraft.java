package cl.clusterminero.gestion.activity;

import java.time.LocalDate;

/** A challenge as the secretariat publishes it for a mining company: the problem, the operation, the deadline. */
public record ChallengeDraft(Long miningCompanyId, String title, String problem, String operation,
                             LocalDate deadline) {
}
