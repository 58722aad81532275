package cl.clusterminero.gestion.purchases;

import java.time.Instant;

/** A report as its page shows it: the draft to edit, the company, the version the edit starts from and who changed it. */
public record LocalPurchaseDetails(Long id, long version, String memberName, LocalPurchaseDraft draft,
                                   Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
