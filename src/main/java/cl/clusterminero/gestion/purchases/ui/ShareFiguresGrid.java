package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.ShareByYear;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The figures behind the share chart: per year the summed amounts, the share, the target and the gap. */
class ShareFiguresGrid extends Grid<ShareByYear> {

    ShareFiguresGrid(List<ShareByYear> years, boolean showCompanies) {
        super(ShareByYear.class, false);
        addClassName("share-figures");
        addColumn(year -> year.year() + (year.partial() ? " " + getTranslation("purchases.figures.partial") : ""))
                .setHeader(getTranslation("purchases.figures.year")).setAutoWidth(true).setFlexGrow(0);
        addColumn(year -> year.companies() == 0 ? "–" : PurchaseFormats.millions(year.totalClp()))
                .setHeader(getTranslation("purchases.figures.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(year -> year.companies() == 0 ? "–" : PurchaseFormats.millions(year.regionalClp()))
                .setHeader(getTranslation("purchases.figures.regional")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(year -> PurchaseFormats.percent(year.share()))
                .setHeader(getTranslation("purchases.figures.share")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(year -> PurchaseFormats.percent(year.target()))
                .setHeader(getTranslation("purchases.figures.target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(year -> PurchaseFormats.points(year.share(), year.target()))
                .setHeader(getTranslation("purchases.figures.gap")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        if (showCompanies) {
            addColumn(year -> String.valueOf(year.companies()))
                    .setHeader(getTranslation("purchases.figures.companies")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("purchases.chart.empty"));
        setItems(years);
    }
}
