package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.shell.ui.HomeView;
import cl.clusterminero.gestion.shell.ui.UnexpectedErrorView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

/**
 * A server error shows an incident number and nothing of the exception: neither when a view fails to open nor when
 * a click fails. (Over HTTP, Spring's error page never includes a stack trace: {@code HttpSecurityJourneyIT}.)
 */
@IntegrationTest
class SecurityErrorPageTest extends SpringBrowserlessTest {

    static final String SECRET = "SQL secreto: select * from app_user";

    @PermitAll
    public static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void a_view_that_fails_shows_the_incident_page_without_the_exception() {
        RouteConfiguration.forSessionScope().setRoute("falla-de-prueba", FailingView.class);
        UnexpectedErrorView view = navigate("falla-de-prueba", UnexpectedErrorView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Ocurrió un error inesperado").containsPattern("incidente [0-9a-f]{8}");
        assertThat(page).doesNotContain(SECRET, "IllegalStateException", "at cl.", "at com.vaadin");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void an_action_that_fails_shows_a_notification_with_an_incident_number_only() {
        navigate(HomeView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));
        String text = $(Notification.class).last().getElement().getProperty("text");
        assertThat(text).containsPattern("incidente [0-9a-f]{8}").doesNotContain(SECRET, "IllegalStateException");
    }
}
