package cl.clusterminero.gestion.security.ui;

import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.PasswordPolicy;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Every user changes their own password here (current one, new one twice); a user whose password the admin reset
 * is sent here before anything else. The policy: 12 to 128 characters, no composition rules, not a common password,
 * not containing the username.
 */
@Route("cambiar-contrasena")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    /** Set in the Vaadin session once the user chose a new password, lifting the "must change" redirect. */
    public static final String CHANGED_ATTRIBUTE = "gc.password-changed";

    public ChangePasswordView(UserService userService, CurrentUser currentUser) {
        setMaxWidth("36rem");
        boolean forced = currentUser.get().map(user -> user.mustChangePassword()).orElse(false)
                && VaadinSession.getCurrent().getAttribute(CHANGED_ATTRIBUTE) == null;
        Paragraph intro = new Paragraph(getTranslation(forced ? "password.change.forced" : "password.change.intro",
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        intro.setId("password-intro");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.next"));
        next.setId("password-next");
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setHelperText(getTranslation("password.next.help", PasswordPolicy.MIN_LENGTH));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("password.change"), click -> {
            SaveAttempt.run(this, () -> {
                userService.changeOwnPassword(current.getValue(), next.getValue(), repeated.getValue());
                VaadinSession.getCurrent().setAttribute(CHANGED_ATTRIBUTE, Boolean.TRUE);
                Notices.success(getTranslation("password.changed"));
                UI.getCurrent().navigate("");
            }, Map.<String, HasValidation>of("current", current, "next", next, "repeated", repeated));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        add(intro, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change");
    }
}
