package cl.clusterminero.gestion.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Opens a list's row by a click or, for someone on the keyboard, by Enter on a cell of the row: Vaadin's grid turns
 * only clicks into item clicks, so without this a keyboard user reaches a row and cannot open it. For grids whose
 * cells hold no buttons (Enter there belongs to the button).
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void on(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(event -> open.accept(event.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(event -> focused.set(event.getItem().orElse(null)));
        Shortcuts.addShortcutListener(grid, () -> {
            T row = focused.get();
            if (row != null) {
                open.accept(row);
            }
        }, Key.ENTER).listenOn(grid);
    }
}
