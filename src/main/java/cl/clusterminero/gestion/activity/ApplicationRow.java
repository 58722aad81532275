package cl.clusterminero.gestion.activity;

/** A supplier's application to a challenge with its short proposal. */
public record ApplicationRow(long id, long supplierId, String supplierName, String proposal, boolean shortlisted) {
}
