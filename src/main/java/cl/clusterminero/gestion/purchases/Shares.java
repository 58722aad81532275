package cl.clusterminero.gestion.purchases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as exact decimals: a part of a CLP total in percent, with one decimal, never through double. */
final class Shares {

    private Shares() {
    }

    static BigDecimal percent(long part, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
