package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and periods as the ledger's screens write them: {@code 17,0 %}, {@code 2025}, {@code T1 2026}. */
final class PurchaseFormats {

    private PurchaseFormats() {
    }

    /** A report's period: the year alone for a whole-year report, e.g. {@code T1 2026} for a quarter. */
    static String period(Component owner, int year, int quarter) {
        return quarter == 0 ? String.valueOf(year)
                : owner.getTranslation("purchases.period.quarter-of-year", quarter, String.valueOf(year));
    }

    /** Millions of pesos, rounded, with thousands separators: {@code 3.342.310} for $3.342.310.000.000. */
    static String millions(long clp) {
        return DisplayFormats.integer(BigDecimal.valueOf(clp).divide(BigDecimal.valueOf(1_000_000), 0,
                RoundingMode.HALF_UP).longValueExact());
    }

    /** A percentage with one decimal and a decimal comma, e.g. {@code 17,5 %}; a dash when there is none. */
    static String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }

    /** The difference between a share and its target in percentage points, signed, e.g. {@code -2,9 pp}. */
    static String points(BigDecimal share, BigDecimal target) {
        if (share == null || target == null) {
            return "–";
        }
        BigDecimal difference = share.subtract(target).setScale(1, RoundingMode.HALF_UP);
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString().replace('.', ',') + " pp";
    }
}
