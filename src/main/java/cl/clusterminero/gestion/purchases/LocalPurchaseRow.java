package cl.clusterminero.gestion.purchases;

import java.math.BigDecimal;

/** A row of the ledger grid: read-only, built by one query per page. Quarter 0 is the whole year. */
public record LocalPurchaseRow(Long id, Long memberId, String memberName, int year, int quarter, long totalClp,
                               long regionalClp, Integer regionalSuppliers, Integer totalSuppliers,
                               BigDecimal paidOnTimePercent, ReportSource source) {

    /** Regional purchases as a percentage of the total, one decimal; null when the total is zero. */
    public BigDecimal regionalShare() {
        return Shares.percent(regionalClp, totalClp);
    }
}
