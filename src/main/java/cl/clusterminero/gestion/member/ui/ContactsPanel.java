package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.ContactDraft;
import cl.clusterminero.gestion.member.ContactRow;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.Map;
/** A member's contact people; the secretariat adds, edits and removes them, at most one being the primary. */
class ContactsPanel extends VerticalLayout {

    private final MemberService memberService;
    private final Validator validator;
    private final long memberId;
    private final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);

    ContactsPanel(MemberService memberService, Validator validator, long memberId, boolean canEdit) {
        this.memberService = memberService;
        this.validator = validator;
        this.memberId = memberId;
        setPadding(false);

        grid.setId("contacts-grid");
        grid.addColumn(ContactRow::fullName).setHeader(getTranslation("contacts.full-name")).setFlexGrow(2);
        grid.addColumn(row -> row.position() == null ? "" : row.position())
                .setHeader(getTranslation("contacts.position")).setFlexGrow(2);
        grid.addColumn(row -> row.email() == null ? "" : row.email()).setHeader(getTranslation("contacts.email"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.phone() == null ? "" : row.phone()).setHeader(getTranslation("contacts.phone"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.primaryContact() ? getTranslation("contacts.primary.yes") : "")
                .setHeader(getTranslation("contacts.primary")).setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(row -> {
                Button edit = new Button(getTranslation("contacts.edit"), click -> openEditor(ContactDraft.of(row)));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Button remove = new Button(getTranslation("contacts.delete"), click -> confirmDelete(row));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("contacts.add"), VaadinIcon.PLUS.create(),
                    click -> openEditor(new ContactDraft()));
            add.setId("add-contact");
            add(add);
        }
        // On a phone: the name and, for the secretariat, the edit and delete buttons.
        PhoneColumns.keep(grid, grid.getColumns().getFirst(), grid.getColumns().getLast());
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
        refresh();
    }

    private void confirmDelete(ContactRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("contacts.delete.title", row.fullName()),
                getTranslation("contacts.delete.text"), getTranslation("contacts.delete"),
                event -> SaveAttempt.run(this, () -> {
                    memberService.deleteContact(memberId, row.id(), row.version());
                    Notices.success(getTranslation("contacts.deleted"));
                    refresh();
                }, Map.of(), "contacts.stale", this::refresh), getTranslation("dialog.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(memberService.contacts(memberId));
    }

    private void openEditor(ContactDraft draft) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(draft.getId() == null ? "contacts.dialog.new" : "contacts.dialog.edit"));
        dialog.setId("contact-dialog");
        TextField fullName = new TextField(getTranslation("contacts.full-name"));
        fullName.setMaxLength(120);
        fullName.setId("contact-fullName");
        TextField position = new TextField(getTranslation("contacts.position"));
        position.setMaxLength(120);
        TextField email = new TextField(getTranslation("contacts.email"));
        email.setMaxLength(254);
        email.setId("contact-email");
        TextField phone = new TextField(getTranslation("contacts.phone"));
        phone.setMaxLength(30);
        phone.setId("contact-phone");
        Checkbox primary = new Checkbox(getTranslation("contacts.primary"));

        Binder<ContactDraft> binder = new Binder<>(ContactDraft.class);
        FieldValidation.bind(binder, validator, ContactDraft.class, fullName, "fullName");
        FieldValidation.bind(binder, validator, ContactDraft.class, position, "position");
        FieldValidation.bind(binder, validator, ContactDraft.class, email, "email");
        FieldValidation.bind(binder, validator, ContactDraft.class, phone, "phone");
        binder.forField(primary).bind(ContactDraft::isPrimaryContact, ContactDraft::setPrimaryContact);
        binder.readBean(draft);

        FormLayout form = new FormLayout(fullName, position, email, phone, primary);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("fullName", fullName, "position", position, "email", email,
                "phone", phone);
        Button save = new Button(getTranslation("dialog.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            SaveAttempt.run(dialog, () -> {
                memberService.saveContact(memberId, draft);
                Notices.success(getTranslation("contacts.saved"));
                dialog.close();
                refresh();
            }, fields, "contacts.stale", () -> {
                dialog.close();
                refresh();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contact-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
