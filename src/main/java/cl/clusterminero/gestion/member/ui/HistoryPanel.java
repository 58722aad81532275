package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.StatusChangeRow;
import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The membership history: each status change, who recorded it and when. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(List<StatusChangeRow> history) {
        setPadding(false);
        Grid<StatusChangeRow> grid = new Grid<>(StatusChangeRow.class, false);
        grid.setId("history-grid");
        grid.addColumn(row -> DisplayFormats.dateTime(row.changedAt()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::describe).setHeader(getTranslation("history.change")).setFlexGrow(1);
        grid.addColumn(row -> DisplayFormats.date(row.effectiveDate())).setHeader(getTranslation("history.effective"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason()).setHeader(getTranslation("history.reason"))
                .setFlexGrow(2);
        grid.addColumn(StatusChangeRow::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(history);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
    }

    private String describe(StatusChangeRow row) {
        String to = getTranslation(row.toStatus().labelKey());
        return row.fromStatus() == null ? getTranslation("history.created", to)
                : getTranslation(row.fromStatus().labelKey()) + " → " + to;
    }
}
