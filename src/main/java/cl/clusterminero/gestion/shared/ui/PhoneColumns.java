package cl.clusterminero.gestion.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A list that stays readable on a phone: below {@value #PHONE_WIDTH} pixels of window width a grid shows only the
 * columns that identify a row (and its action), the others come back when the window widens (a tablet turned, a
 * window resized). The row's page shows everything.
 */
public final class PhoneColumns {

    /** Phones in portrait are 360–430 px wide; small tablets start at 600. */
    public static final int PHONE_WIDTH = 600;

    private PhoneColumns() {
    }

    /** Keeps {@code kept} and hides the grid's other columns while the window is narrower than a phone's. */
    public static void keep(Grid<?> grid, Grid.Column<?>... kept) {
        List<Grid.Column<?>> keptColumns = List.of(kept);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // The browser sends its window size when the UI starts; later changes arrive as resize events.
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null) {
                apply(grid, keptColumns, details.getWindowInnerWidth());
            }
            Registration resize = ui.getPage().addBrowserWindowResizeListener(event ->
                    apply(grid, keptColumns, event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(Grid<?> grid, List<Grid.Column<?>> kept, int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        grid.getElement().getClassList().set("phone-columns", phone);
        grid.getColumns().forEach(column -> column.setVisible(!phone || kept.contains(column)));
    }
}
