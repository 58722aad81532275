package cl.clusterminero.gestion.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * The {@code :id} of a record's page ({@code /socios/:id}): a number naming a record, or on editor pages "nuevo"
 * for one not yet saved. A number that names nothing ends on the not-found page with the feature's message, and
 * "nuevo" for someone who may not create ends on the access-denied page.
 */
public final class RecordRoute {

    public static final String NEW = "nuevo";

    private RecordRoute() {
    }

    /** Opens the record the route names; {@code open} throws NoSuchElementException when there is none. */
    public static void open(BeforeEnterEvent event, String notFoundKey, LongConsumer open) {
        try {
            open.accept(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, event.getUI().getTranslation(notFoundKey));
        }
    }

    /** As {@link #open}, where "nuevo" opens the empty form for those who may create. */
    public static void openOrNew(BeforeEnterEvent event, boolean mayCreate, String notFoundKey, Runnable openNew,
                                 LongConsumer open) {
        if (!NEW.equals(event.getRouteParameters().get("id").orElse(""))) {
            open(event, notFoundKey, open);
        } else if (mayCreate) {
            openNew.run();
        } else {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
