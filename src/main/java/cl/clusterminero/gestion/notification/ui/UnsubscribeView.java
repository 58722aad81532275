package cl.clusterminero.gestion.notification.ui;

import cl.clusterminero.gestion.notification.NotificationService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The one-click unsubscribe link of a mail: no login, the signed token says whose setting and which kind. */
@Route(value = "baja", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;
    private final Paragraph result = new Paragraph();

    public UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        result.setId("unsubscribe-result");
        add(new H2(getTranslation("mail.unsubscribe.title")), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse(null);
        result.setText(notifications.unsubscribe(token)
                .map(kind -> getTranslation(kind.toContacts() ? "mail.unsubscribe.done.contact" : "mail.unsubscribe.done",
                        getTranslation("mail.kind." + kind.name())))
                .orElseGet(() -> getTranslation("mail.unsubscribe.invalid")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.unsubscribe.title");
    }
}
