package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.LocalPurchaseDetails;
import cl.clusterminero.gestion.purchases.LocalPurchaseDraft;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.ReportSource;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import java.util.Map;
/**
 * A local purchase report's page, with its id in the URL: {@code compras-locales/nuevo} records a new one. The
 * secretariat and admin edit and delete; everyone else reads.
 */
@Route("compras-locales/:id")
@PermitAll
public class LocalPurchaseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = RecordRoute.NEW;

    private final LocalPurchaseService service;
    private final Validator validator;
    private final boolean canEdit;

    private Long reportId;
    private LocalPurchaseDetails details;
    private LocalPurchaseForm form;
    private LocalPurchaseDraft draft;
    private String title = "";

    public LocalPurchaseEditorView(LocalPurchaseService service, Validator validator, CurrentUser currentUser) {
        this.service = service;
        this.validator = validator;
        this.canEdit = currentUser.mayCall(LocalPurchaseService.class, "update");
        addClassName("purchase-editor-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.openOrNew(event, canEdit, "purchases.not-found", () -> {
            reportId = null;
            details = null;
            build();
        }, id -> {
            details = service.details(id);
            reportId = id;
            build();
        });
    }

    private void build() {
        removeAll();
        form = new LocalPurchaseForm(service, validator);
        if (details == null) {
            title = getTranslation("purchases.title.new");
            draft = new LocalPurchaseDraft();
            add(new H2(title));
        } else {
            draft = details.draft();
            title = details.memberName() + " · " + PurchaseFormats.period(this, draft.getYear(),
                    draft.getQuarter() == null ? 0 : draft.getQuarter());
            H2 heading = new H2(title);
            heading.setId("purchase-title");
            Span audit = new Span(getTranslation("purchases.audit", details.createdBy(),
                    DisplayFormats.dateTime(details.createdAt()), details.updatedBy(),
                    DisplayFormats.dateTime(details.updatedAt())));
            audit.addClassName("member-audit");
            add(heading, audit);
        }
        form.binder().readBean(draft);

        HorizontalLayout actions = new HorizontalLayout();
        if (canEdit) {
            Button save = new Button(getTranslation("purchases.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-purchase");
            actions.add(save);
        } else {
            form.setReadOnly(true);
            Paragraph readOnly = new Paragraph(getTranslation("purchases.read-only"));
            readOnly.addClassName("read-only-note");
            readOnly.setId("read-only-note");
            add(readOnly);
        }
        Button back = new Button(getTranslation("purchases.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> backToList());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        if (details != null) {
            Button company = new Button(getTranslation("purchases.company-view"), VaadinIcon.CHART.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(CompanyPurchasesView.class, new RouteParameters(
                            CompanyPurchasesView.MEMBER_ID, String.valueOf(draft.getMemberId())))));
            company.setId("open-company-view");
            company.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(company);
            if (canEdit) {
                Button delete = new Button(getTranslation("purchases.delete"), VaadinIcon.TRASH.create(),
                        click -> confirmDelete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("delete-purchase");
                actions.add(delete);
            }
        }
        add(form, actions);
        if (details != null) {
            long reportId = details.id();
            add(new ChangeHistory(() -> service.changes(reportId), Map.of("source",
                    value -> getTranslation(ReportSource.valueOf(value).labelKey()))));
        }
    }

    private void save() {
        if (!form.binder().writeBeanIfValid(draft)) {
            Notices.error(getTranslation("validation.fix-fields"));
            return;
        }
        SaveAttempt.run(this, () -> {
            if (reportId == null) {
                long id = service.create(draft);
                Notices.success(getTranslation("purchases.created"));
                getUI().ifPresent(ui -> ui.navigate(LocalPurchaseEditorView.class,
                        new RouteParameters(ID, String.valueOf(id))));
            } else {
                service.update(reportId, details.version(), draft);
                Notices.success(getTranslation("purchases.saved"));
                reload();
            }
        }, form.fields(), "purchases.stale", this::reload);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("purchases.delete.confirm.title"),
                getTranslation("purchases.delete.confirm.text", title), getTranslation("dialog.delete"),
                event -> SaveAttempt.run(this, () -> {
                    service.delete(reportId, details.version());
                    Notices.success(getTranslation("purchases.deleted"));
                    backToList();
                }, Map.of(), "purchases.stale", this::reload), getTranslation("dialog.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
