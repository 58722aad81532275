package cl.clusterminero.gestion.purchases;

/**
 * What the ledger grid shows: optionally one mining company, one year, one period kind (0 = whole-year reports,
 * 1 to 4 = that quarter) and one source. Null means "any".
 */
public record LocalPurchaseFilter(Long memberId, Integer year, Integer quarter, ReportSource source) {

    public static final LocalPurchaseFilter ALL = new LocalPurchaseFilter(null, null, null, null);
}
