package cl.clusterminero.gestion.notification.ui;

import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.component.html.Span;
import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.notification.NotificationKind;
import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.OutboxRow;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The preferences page, the unsubscribe page and the outbox, rendered without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired NotificationService notifications;

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.b")
    void a_user_turns_a_kind_off_and_the_digest_choice_is_then_disabled_and_saved() {
        navigate(MailPreferencesView.class);
        assertThat($(Checkbox.class).withId("receive-account-created").exists()).isFalse();
        Checkbox receive = $(Checkbox.class).id("receive-meeting-agenda");
        boolean before = receive.getValue();
        test(receive).click();
        assertThat($(Checkbox.class).id("digest-meeting-agenda").isEnabled()).isEqualTo(!before);
        test($(Button.class).id("save-preferences")).click();

        assertThat(notifications.myPreferences().kinds()).filteredOn(row -> row.kind() == NotificationKind.MEETING_AGENDA)
                .singleElement().satisfies(row -> assertThat(row.enabled()).isEqualTo(!before));
        test($(Checkbox.class).id("receive-meeting-agenda")).click();
        test($(Button.class).id("save-preferences")).click();
    }

    @Test
    void an_unsubscribe_link_without_a_signed_token_changes_nothing_and_says_so() {
        navigate(UnsubscribeView.class);
        assertThat($(Paragraph.class).id("unsubscribe-result").getText())
                .isEqualTo("El enlace no es válido. Cambie sus preferencias desde la aplicación.");
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void the_admin_sees_the_outbox_and_others_are_denied() {
        navigate(OutboxView.class);
        Grid<OutboxRow> grid = $(Grid.class).id("outbox-grid");
        long count = notifications.countOutbox(null);
        assertThat($(Span.class).id("outbox-count").getText())
                .isEqualTo(String.format(new Locale("es", "CL"), "%,d correos", count).replace(',', '.'));
        if (count > 0) {
            assertThat(test(grid).getCellText(0, 2)).isEqualTo(notifications.outbox(null,
                    PageRequest.of(0, 1)).getFirst().recipient());
        }
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_secretariat_cannot_open_the_outbox() {
        navigate("correos", AccessDeniedView.class);
        assertThat($(OutboxView.class).exists()).isFalse();
        assertThat($(H2.class).single().getText()).isEqualTo("Acceso denegado");
    }
}
