package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way forms and row actions treat a change the service refuses. Invalid input is marked on its fields and
 * nothing was written. A change made from a stale version (someone else saved first) is said so in a notification
 * that stays until answered: what the user typed stays on screen, and "Recargar" shows the current version.
 */
public final class SaveAttempt {

    private SaveAttempt() {
    }

    /** As {@link #run(Component, Runnable, Map, Runnable)}, reloading by running the current route again. */
    public static boolean run(Component owner, Runnable change, Map<String, ? extends HasValidation> fields) {
        return run(owner, change, fields, "error.stale",
                () -> owner.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
    }

    /**
     * Runs {@code change}; returns whether it went through.
     *
     * @param fields the form's fields by the property names the service reports problems on
     * @param reload shows the current version (refresh the page, or close the dialog and refresh its list)
     */
    public static boolean run(Component owner, Runnable change, Map<String, ? extends HasValidation> fields,
                              Runnable reload) {
        return run(owner, change, fields, "error.stale", reload);
    }

    /** As {@link #run(Component, Runnable, Map, Runnable)}, with a stale message that names what was changed. */
    public static boolean run(Component owner, Runnable change, Map<String, ? extends HasValidation> fields,
                              String staleMessageKey, Runnable reload) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            FieldValidation.show(owner, e.problems(), fields);
        } catch (OptimisticLockingFailureException e) {
            offerReload(owner.getTranslation(staleMessageKey), reload);
        }
        return false;
    }

    private static void offerReload(String message, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        Span text = new Span(message);
        text.setId("stale-message");
        Button button = new Button(text.getTranslation("stale.reload"), click -> {
            notification.close();
            reload.run();
        });
        button.setId("stale-reload");
        HorizontalLayout layout = new HorizontalLayout(text, button);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}
