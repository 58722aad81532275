package cl.clusterminero.gestion.notification.ui;

import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.OutboxDetails;
import cl.clusterminero.gestion.notification.OutboxRow;
import cl.clusterminero.gestion.notification.OutboxStatus;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Correos": the admin's outbox, newest first, lazily paged; a message opens to show what it says and its error,
 * and a failed one can be sent again.
 */
@Route("correos")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "mail.outbox.title", order = 93, icon = "vaadin:envelopes")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<OutboxRow> grid = new Grid<>(OutboxRow.class, false);
    private final Select<Optional<OutboxStatus>> status = new Select<>();
    private final Span count = new Span();

    public OutboxView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        status.setLabel(getTranslation("mail.outbox.status"));
        status.setId("outbox-status");
        List<Optional<OutboxStatus>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (OutboxStatus value : OutboxStatus.values()) {
            options.add(Optional.of(value));
        }
        status.setItems(options);
        status.setItemLabelGenerator(o -> o.map(this::label).orElse(getTranslation("mail.outbox.all")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(event -> refresh());
        count.setId("outbox-count");

        grid.setId("outbox-grid");
        grid.addColumn(row -> DisplayFormats.dateTime(row.createdAt())).setHeader(getTranslation("mail.outbox.created"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("mail.kind." + row.kind().name()))
                .setHeader(getTranslation("mail.outbox.kind")).setFlexGrow(1).setTooltipGenerator(OutboxRow::subject);
        grid.addColumn(OutboxRow::recipient).setHeader(getTranslation("mail.outbox.recipient")).setFlexGrow(1);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(2)
                .setTooltipGenerator(OutboxRow::subject);
        grid.addColumn(row -> label(row.status())).setHeader(getTranslation("mail.outbox.status"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(OutboxRow::attempts).setHeader(getTranslation("mail.outbox.attempts"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.dateTime(row.sentAt())).setHeader(getTranslation("mail.outbox.sent"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("mail.outbox.error")).setFlexGrow(2)
                .setTooltipGenerator(row -> row.lastError() == null ? "" : row.lastError());
        grid.addComponentColumn(this::actions).setWidth("12rem").setFlexGrow(0);
        grid.addItemDoubleClickListener(event -> open(event.getItem().id()));
        grid.setItems(new CallbackDataProvider<OutboxRow, Void>(
                query -> notifications.outbox(status.getValue().orElse(null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notifications.countOutbox(status.getValue().orElse(null))),
                OutboxRow::id));
        HorizontalLayout bar = new HorizontalLayout(status, count);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, grid);
        refresh();
    }

    private HorizontalLayout actions(OutboxRow row) {
        Button open = new Button(getTranslation("mail.outbox.open"), event -> open(row.id()));
        open.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        open.setId("open-" + row.id());
        HorizontalLayout cell = new HorizontalLayout(open);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (row.status() == OutboxStatus.FAILED) {
            Button resend = new Button(getTranslation("mail.outbox.resend"), event -> {
                try {
                    notifications.resend(row.id());
                    Notices.success(getTranslation("mail.outbox.resent"));
                } catch (InvalidInputException e) {
                    Notices.error(getTranslation(e.problems().getFirst().key()));
                }
                refresh();
            });
            resend.addThemeVariants(ButtonVariant.SMALL);
            resend.setId("resend-" + row.id());
            cell.add(resend);
        }
        return cell;
    }

    /** The message as it was written: recipient, state, error and the plain-text body (shown as text). */
    private void open(long id) {
        OutboxDetails message;
        try {
            message = notifications.message(id);
        } catch (InvalidInputException e) {
            Notices.error(getTranslation(e.problems().getFirst().key()));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("outbox-message");
        dialog.setHeaderTitle(getTranslation("mail.outbox.details", message.id()));
        dialog.setWidth("min(48rem, 95vw)");
        Div fields = new Div();
        fields.add(field("mail.outbox.subject", message.subject(), "outbox-message-subject"));
        fields.add(field("mail.outbox.recipient", message.recipient() + " · " + (message.contactId() != null
                ? getTranslation("mail.outbox.to-contact", message.contactId())
                : message.userId() != null ? getTranslation("mail.outbox.to-user", message.userId()) : "—"),
                "outbox-message-recipient"));
        fields.add(field("mail.outbox.kind", getTranslation("mail.kind." + message.kind().name()), null));
        fields.add(field("mail.outbox.language", message.language(), null));
        fields.add(field("mail.outbox.status", label(message.status()) + " · "
                + getTranslation("mail.outbox.attempts") + ": " + message.attempts(), "outbox-message-status"));
        fields.add(field("mail.outbox.created", DisplayFormats.dateTime(message.createdAt()), null));
        fields.add(field("mail.outbox.next-attempt", DisplayFormats.dateTime(message.nextAttemptAt()), null));
        if (message.claimedAt() != null) {
            fields.add(field("mail.outbox.claimed", DisplayFormats.dateTime(message.claimedAt()), null));
        }
        if (message.sentAt() != null) {
            fields.add(field("mail.outbox.sent", DisplayFormats.dateTime(message.sentAt()), null));
        }
        if (message.digestId() != null) {
            fields.add(new Paragraph(getTranslation("mail.outbox.digest", message.digestId())));
        }
        if (message.attachmentName() != null) {
            fields.add(field("mail.outbox.attachment", message.attachmentName(), "outbox-message-attachment"));
        }
        if (message.lastError() != null) {
            fields.add(field("mail.outbox.error", message.lastError(), "outbox-message-error"));
        }
        Pre body = new Pre(message.textBody());
        body.setId("outbox-message-body");
        body.getStyle().set("white-space", "pre-wrap").set("max-height", "40vh").set("overflow", "auto")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)");
        body.getElement().setAttribute("aria-label", getTranslation("mail.outbox.body"));
        dialog.add(fields, new H4(getTranslation("mail.outbox.body")), body);
        Button close = new Button(getTranslation("mail.outbox.close"), event -> dialog.close());
        close.setId("outbox-message-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Paragraph field(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Span text = new Span(value == null ? "—" : value);
        if (id != null) {
            text.setId(id);
        }
        Paragraph line = new Paragraph(label, text);
        line.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        return line;
    }

    private String label(OutboxStatus value) {
        return getTranslation("mail.outbox.status." + value.name());
    }

    private void refresh() {
        count.setText(getTranslation("mail.outbox.count", notifications.countOutbox(status.getValue().orElse(null))));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
