package cl.clusterminero.gestion.security.ui;

import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TemporaryPassword;
import cl.clusterminero.gestion.security.UserAccount;
import cl.clusterminero.gestion.security.UserDraft;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
/** The admin creates or edits a user: name, email, roles; enables or disables; resets the password. */
class UserDialog extends Dialog {

    private final UserService userService;
    private final Runnable afterChange;

    /** @param account null for a new user */
    UserDialog(UserService userService, UserAccount account, Runnable afterChange) {
        this.userService = userService;
        this.afterChange = afterChange;
        setHeaderTitle(getTranslation(account == null ? "users.new" : "users.edit"));
        setId("user-dialog");
        setWidth("40rem");
        TextField username = new TextField(getTranslation("users.username"));
        username.setMaxLength(50);
        username.setId("user-username");
        username.setHelperText(getTranslation("users.username.help"));
        TextField fullName = new TextField(getTranslation("users.full-name"));
        fullName.setMaxLength(120);
        fullName.setId("user-full-name");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setMaxLength(254);
        email.setId("user-email");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.setId("user-roles");
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            fullName.setValue(account.fullName());
            email.setValue(account.email() == null ? "" : account.email());
            roles.setValue(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        }
        FormLayout form = new FormLayout(username, fullName, email, roles);
        form.setColspan(roles, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("username", username, "fullName", fullName, "email", email,
                "roles", roles);

        Button save = new Button(getTranslation("dialog.save"), click -> {
            UserDraft draft = new UserDraft(username.getValue(), fullName.getValue(), email.getValue(),
                    roles.getValue());
            SaveAttempt.run(this, () -> {
                if (account == null) {
                    TemporaryPassword password = userService.create(draft);
                    close();
                    showTemporaryPassword(username.getValue().strip().toLowerCase(), password.password());
                } else {
                    userService.update(account.id(), account.version(), draft);
                    Notices.success(getTranslation("users.saved"));
                    close();
                }
                afterChange.run();
            }, fields, () -> {
                close();
                afterChange.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);

        if (account != null) {
            Span state = new Span(getTranslation(account.enabled() ? "users.enabled" : "users.disabled")
                    + (account.mustChangePassword() ? " · " + getTranslation("users.must-change") : ""));
            state.setId("user-state");
            Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"),
                    click -> toggle(account));
            toggle.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS,
                    ButtonVariant.LUMO_TERTIARY);
            toggle.setId("user-toggle-enabled");
            Button reset = new Button(getTranslation("users.reset-password"), click -> {
                TemporaryPassword password = userService.resetPassword(account.id());
                close();
                showTemporaryPassword(account.username(), password.password());
                afterChange.run();
            });
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.setId("user-reset-password");
            getFooter().addComponentAsFirst(reset);
            getFooter().addComponentAsFirst(toggle);
            add(state, new ChangeHistory(() -> userService.changes(account.id()), Map.of(
                    "role", value -> getTranslation(Role.valueOf(value).labelKey()))));
        }
    }

    private void toggle(UserAccount account) {
        SaveAttempt.run(this, () -> {
            userService.setEnabled(account.id(), account.version(), !account.enabled());
            Notices.success(getTranslation(account.enabled() ? "users.disabled-done" : "users.enabled-done",
                    account.fullName()));
            close();
            afterChange.run();
        }, Map.of(), () -> {
            close();
            afterChange.run();
        });
    }

    /** Shown once: the admin hands it over; the user must replace it at the first login. */
    private void showTemporaryPassword(String username, String password) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("users.temporary.title"));
        shown.setId("temporary-password-dialog");
        Span value = new Span(password);
        value.setId("temporary-password");
        value.addClassName("temporary-password");
        shown.add(new Paragraph(getTranslation("users.temporary.text", username)), value,
                new Paragraph(getTranslation("users.temporary.once")));
        Button ok = new Button(getTranslation("users.temporary.done"), click -> shown.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("temporary-password-done");
        shown.getFooter().add(ok);
        shown.open();
    }
}
