package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.ShareByYear;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The regional share per year as columns drawn with CSS, each with a line at that year's target: the picture the
 * board reads at a glance. Built from components with text only (no markup strings); the figures behind it are in
 * the grid next to it.
 */
class ShareChart extends Div {

    ShareChart(List<ShareByYear> years) {
        addClassName("share-chart");
        getElement().setAttribute("role", "img");
        int scale = scale(years);
        Div columns = new Div();
        columns.addClassName("share-chart-columns");
        StringBuilder description = new StringBuilder(getTranslation("purchases.chart.description"));
        for (ShareByYear year : years) {
            columns.add(column(year, scale));
            description.append(' ').append(year.year()).append(": ").append(PurchaseFormats.percent(year.share()));
            if (year.target() != null) {
                description.append(" (").append(getTranslation("purchases.chart.target")).append(' ')
                        .append(PurchaseFormats.percent(year.target())).append(')');
            }
            description.append('.');
        }
        getElement().setAttribute("aria-label", description.toString());
        Span scaleLabel = new Span(scale + " %");
        scaleLabel.addClassName("share-chart-scale");
        Div legend = new Div(legendItem("share-chart-key-share", getTranslation("purchases.chart.share")),
                legendItem("share-chart-key-meets", getTranslation("purchases.chart.meets-target")),
                legendItem("share-chart-key-target", getTranslation("purchases.chart.target")),
                legendItem("share-chart-key-partial", getTranslation("purchases.chart.partial")));
        legend.addClassName("share-chart-legend");
        if (years.isEmpty()) {
            add(new Span(getTranslation("purchases.chart.empty")));
        } else {
            add(scaleLabel, columns, legend);
        }
    }

    private Div column(ShareByYear year, int scale) {
        Div area = new Div();
        area.addClassName("share-chart-area");
        if (year.share() != null) {
            Div bar = new Div();
            bar.addClassName("share-chart-bar");
            if (year.partial()) {
                bar.addClassName("partial");
            } else if (year.target() != null) {
                bar.addClassName(year.meetsTarget() ? "meets-target" : "below-target");
            }
            bar.setHeight(height(year.share(), scale));
            // The scale and the legend say "%"; the bare figure fits inside a narrow bar.
            Span value = new Span(PurchaseFormats.percent(year.share()).replace(" %", ""));
            value.addClassName("share-chart-value");
            bar.add(value);
            area.add(bar);
        }
        if (year.target() != null) {
            Div target = new Div();
            target.addClassName("share-chart-target");
            target.getStyle().set("bottom", height(year.target(), scale));
            target.getElement().setAttribute("title", getTranslation("purchases.chart.target") + " "
                    + PurchaseFormats.percent(year.target()));
            area.add(target);
        }
        Span label = new Span(String.valueOf(year.year()));
        label.addClassName("share-chart-year");
        Div column = new Div(area, label);
        column.addClassName("share-chart-column");
        column.setId("share-chart-" + year.year());
        return column;
    }

    private Div legendItem(String kind, String text) {
        Span swatch = new Span();
        swatch.addClassNames("share-chart-swatch", kind);
        Div item = new Div(swatch, new Span(text));
        item.addClassName("share-chart-legend-item");
        return item;
    }

    /** The top of the scale: the highest share or target, rounded up to ten, at least 10 %. */
    static int scale(List<ShareByYear> years) {
        BigDecimal max = BigDecimal.TEN;
        for (ShareByYear year : years) {
            if (year.share() != null && year.share().compareTo(max) > 0) {
                max = year.share();
            }
            if (year.target() != null && year.target().compareTo(max) > 0) {
                max = year.target();
            }
        }
        int top = (int) Math.ceil(max.doubleValue() / 10) * 10;
        return Math.min(100, Math.max(10, top));
    }

    private static String height(BigDecimal value, int scale) {
        BigDecimal percent = value.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(scale), 2,
                RoundingMode.HALF_UP);
        return percent.min(BigDecimal.valueOf(100)).toPlainString() + "%";
    }
}
