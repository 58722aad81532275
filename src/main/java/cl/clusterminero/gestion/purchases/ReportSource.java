package cl.clusterminero.gestion.purchases;

/** Where a report's figures come from: a published report, the company's own declaration, or an audit. */
public enum ReportSource {
    PUBLIC_REPORT, SELF_DECLARED, AUDITED;

    public String labelKey() {
        return "purchases.source." + name();
    }
}
