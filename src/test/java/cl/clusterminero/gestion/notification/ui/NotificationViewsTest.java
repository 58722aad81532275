package cl.clusterminero.gestion.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.notification.NotificationKind;
import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.OutboxRow;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.UserDraft;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The preferences page, the unsubscribe page and the outbox, rendered without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired NotificationService notifications;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

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
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void the_admin_opens_a_failed_message_and_reads_its_recipient_text_and_smtp_error() {
        String email = "abierto." + UUID.randomUUID().toString().substring(0, 8) + "@clusterminero.cl";
        String username = "v." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserDraft(username, "Abierto <b>Negrita</b>", email,
                Set.of(Role.BOARD)));
        long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, email);
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8, last_error = '550 5.1.1 <x> unknown' "
                + "where id = ?", id);

        navigate(OutboxView.class);
        Grid<OutboxRow> grid = $(Grid.class).id("outbox-grid");
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
        Component actions = test(grid).getCellComponent(0, 8);
        test((Button) actions.getChildren().findFirst().orElseThrow()).click();

        assertThat($(Span.class).id("outbox-message-subject").getText())
                .isEqualTo("Su cuenta en Gestión Clúster");
        assertThat($(Span.class).id("outbox-message-recipient").getText())
                .startsWith(email + " · Usuario n.º ");
        assertThat($(Span.class).id("outbox-message-status").getText())
                .isEqualTo("Fallido · Intentos: 8");
        assertThat($(Span.class).id("outbox-message-error").getText())
                .isEqualTo("550 5.1.1 <x> unknown");
        assertThat($(Pre.class).id("outbox-message-body").getText())
                .startsWith("Hola Abierto <b>Negrita</b>:").contains("Iniciar sesión: http://gestion.test/login");
        jdbc.update("update mail_outbox set status = 'SENT' where id = ?", id);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_secretariat_cannot_open_the_outbox() {
        navigate("correos", AccessDeniedView.class);
        assertThat($(OutboxView.class).exists()).isFalse();
        assertThat($(H2.class).single().getText()).isEqualTo("Acceso denegado");
    }
}
