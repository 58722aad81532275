package cl.clusterminero.gestion.purchases;

import java.math.BigDecimal;

/**
 * One year of a company's or the cluster's purchases: the summed totals, the regional share computed from the sums
 * (never the mean of the companies' shares), the roadmap's target for that year (null when none), how many companies
 * reported, and whether some company reported only part of the year's quarters.
 */
public record ShareByYear(int year, long totalClp, long regionalClp, BigDecimal share, BigDecimal target,
                          int companies, boolean partial) {

    /** True when there is both a share and a target and the share reaches it. */
    public boolean meetsTarget() {
        return share != null && target != null && share.compareTo(target) >= 0;
    }
}
