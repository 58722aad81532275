package cl.clusterminero.gestion.notification.ui;

import cl.clusterminero.gestion.notification.MailPreferences;
import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.PreferenceRow;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** "Preferencias de correo": which kinds of mail the signed-in user receives, at once or in the daily digest. */
@Route("preferencias")
@PermitAll
public class MailPreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final List<Choice> choices = new ArrayList<>();

    private record Choice(PreferenceRow row, Checkbox receive, Checkbox digest) {
    }

    public MailPreferencesView(NotificationService notifications) {
        this.notifications = notifications;
        Paragraph intro = new Paragraph(getTranslation("mail.preferences.intro"));
        intro.addClassName("view-intro");
        add(intro);
        MailPreferences current = notifications.myPreferences();
        language.setLabel(getTranslation("mail.preferences.language"));
        language.setItems("es", "en");
        language.setItemLabelGenerator(code -> "en".equals(code) ? "English" : "Español");
        language.setValue(current.language());
        language.setId("mail-language");
        add(language);
        for (PreferenceRow row : current.kinds()) {
            String id = row.kind().key();
            Checkbox receive = new Checkbox(getTranslation("mail.preferences.receive"), row.enabled());
            receive.setId("receive-" + id);
            Checkbox digest = new Checkbox(getTranslation("mail.preferences.digest"), row.dailyDigest());
            digest.setId("digest-" + id);
            digest.setEnabled(row.enabled());
            receive.addValueChangeListener(event -> digest.setEnabled(event.getValue()));
            Span name = new Span(getTranslation("mail.kind." + row.kind().name()));
            name.setWidth("22rem");
            HorizontalLayout line = new HorizontalLayout(name, receive, digest);
            line.setAlignItems(Alignment.BASELINE);
            add(line);
            choices.add(new Choice(row, receive, digest));
        }
        Button save = new Button(getTranslation("mail.preferences.save"), event -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-preferences");
        add(save);
    }

    private void save() {
        List<PreferenceRow> rows = choices.stream()
                .map(c -> new PreferenceRow(c.row().kind(), c.receive().getValue(), c.digest().getValue()))
                .toList();
        try {
            notifications.saveMyPreferences(new MailPreferences(language.getValue(), rows));
            Notices.success(getTranslation("mail.preferences.saved"));
        } catch (InvalidInputException e) {
            Notices.error(getTranslation(e.problems().getFirst().key()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.preferences.title");
    }
}
