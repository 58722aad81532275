package cl.clusterminero.gestion.notification.ui;

import java.util.ArrayList;
import java.util.List;
import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.OutboxRow;
import cl.clusterminero.gestion.notification.OutboxStatus;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.Optional;

/** "Correos": the admin's outbox, newest first, lazily paged; a failed message can be sent again. */
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
        grid.addComponentColumn(this::resendButton).setWidth("8rem").setFlexGrow(0);
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

    private Span resendButton(OutboxRow row) {
        Span cell = new Span();
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
