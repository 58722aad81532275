package cl.clusterminero.gestion.purchases;

import java.math.BigDecimal;

/** The cluster's regional share in its latest complete year against that year's target (null when none), for the dashboard. */
public record ClusterShareSummary(int year, BigDecimal share, BigDecimal target, long regionalClp, long totalClp,
                                  int companies) {
}
