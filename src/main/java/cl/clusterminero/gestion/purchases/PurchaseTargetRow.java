package cl.clusterminero.gestion.purchases;

import java.math.BigDecimal;

/** A roadmap's target for the regional share of purchases in one year, in percent. */
public record PurchaseTargetRow(Long id, long version, Long roadmapId, int year, BigDecimal regionalShare) {
}
