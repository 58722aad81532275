package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberDetails;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.ChangeHistory;
import cl.clusterminero.gestion.shared.ui.MemberPageTab;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RecordRoute;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
/**
 * A member's page, with its id in the URL so it can be shared: header with status, then tabs for data, contacts,
 * supplier links and history. {@code socios/nuevo} creates a member. Read-only for roles that may not edit.
 */
@Route("socios/:id")
@PermitAll
public class MemberEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = RecordRoute.NEW;

    private final MemberService memberService;
    private final Validator validator;
    private final boolean canEdit;
    private final Clock clock;
    private final List<MemberPageTab> otherTabs;

    private Long memberId;
    private MemberDetails details;
    private MemberForm form;
    private MemberDraft draft;
    private String title = "";

    public MemberEditorView(MemberService memberService, Validator validator, CurrentUser currentUser, Clock clock,
                            List<MemberPageTab> otherTabs) {
        this.memberService = memberService;
        this.otherTabs = otherTabs;
        this.clock = clock;
        this.validator = validator;
        this.canEdit = currentUser.mayCall(MemberService.class, "update");
        addClassName("member-editor-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.openOrNew(event, canEdit, "member.not-found", () -> {
            memberId = null;
            buildNew();
        }, id -> {
            details = memberService.details(id);
            memberId = id;
            buildExisting();
        });
    }

    private void buildNew() {
        removeAll();
        title = getTranslation("member.title.new");
        form = new MemberForm(validator, true);
        draft = new MemberDraft();
        form.binder().readBean(draft);
        Button save = new Button(getTranslation("member.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-member");
        Button back = new Button(getTranslation("member.back"), click -> backToList());
        add(new H2(title), form, new HorizontalLayout(save, back));
    }

    private void buildExisting() {
        removeAll();
        title = details.legalName();
        add(header());

        form = new MemberForm(validator, false);
        draft = memberService.draft(memberId);
        form.binder().readBean(draft);
        VerticalLayout dataTab = new VerticalLayout(form);
        dataTab.setPadding(false);
        if (canEdit) {
            Button save = new Button(getTranslation("member.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-member");
            Button discard = new Button(getTranslation("member.cancel"), click -> reloadAfterChange());
            discard.setId("discard-member");
            dataTab.add(new HorizontalLayout(save, discard));
        } else {
            form.setReadOnly(true);
            Paragraph readOnly = new Paragraph(getTranslation("member.read-only"));
            readOnly.addClassName("read-only-note");
            readOnly.setId("read-only-note");
            dataTab.addComponentAsFirst(readOnly);
        }

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("member-tabs");
        tabs.add(getTranslation("member.tab.data"), dataTab);
        tabs.add(getTranslation("member.tab.contacts"), new ContactsPanel(memberService, validator, memberId,
                canEdit));
        if (details.type() == MemberType.MINING_COMPANY) {
            tabs.add(getTranslation("member.tab.suppliers"), new SupplierLinksPanel(memberService, memberId, canEdit));
        } else if (details.type() == MemberType.SUPPLIER) {
            tabs.add(getTranslation("member.tab.mining-companies"),
                    new SupplierLinksPanel(memberService, memberId, false));
        }
        for (MemberPageTab other : otherTabs) {
            // Built when first opened: the member page stays as quick to open as before.
            Div holder = new Div();
            holder.setWidthFull();
            Tab tab = tabs.add(getTranslation(other.labelKey()), holder);
            long id = memberId;
            tabs.addSelectedChangeListener(event -> {
                if (event.getSelectedTab() == tab && holder.getChildren().findAny().isEmpty()) {
                    holder.add(other.create(id));
                }
            });
        }
        HistoryPanel history = new HistoryPanel(memberService.history(memberId));
        history.add(new ChangeHistory(() -> memberService.changes(memberId), Map.of(
                "status", value -> getTranslation(MembershipStatus.valueOf(value).labelKey()),
                "member_type", value -> getTranslation(MemberType.valueOf(value).labelKey()),
                "commune", value -> getTranslation(Commune.valueOf(value).labelKey()),
                "company_size", value -> getTranslation(CompanySize.valueOf(value).labelKey()))));
        tabs.add(getTranslation("member.tab.history"), history);
        add(tabs);
    }

    private Div header() {
        H2 name = new H2(details.legalName());
        name.setId("member-name");
        Span rut = new Span(details.formattedRut());
        rut.addClassName("member-rut");
        Span status = new Span(getTranslation(details.status().labelKey()));
        status.addClassNames("status-badge", "status-" + details.status().name());
        status.setId("member-status");
        Span regional = new Span(getTranslation(details.regional() ? "member.regional" : "member.not-regional"));
        regional.addClassNames("status-badge", details.regional() ? "regional" : "not-regional");
        HorizontalLayout facts = new HorizontalLayout(rut, status, regional);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);

        Span lifecycle = new Span(lifecycleText());
        lifecycle.addClassName("member-lifecycle");
        Span audit = new Span(getTranslation("member.audit", details.createdBy(),
                DisplayFormats.dateTime(details.createdAt()), details.updatedBy(),
                DisplayFormats.dateTime(details.updatedAt())));
        audit.addClassName("member-audit");

        HorizontalLayout actions = new HorizontalLayout();
        Button back = new Button(getTranslation("member.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> backToList());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        if (canEdit) {
            Button changeStatus = new Button(getTranslation("member.change-status"), VaadinIcon.EXCHANGE.create(),
                    click -> new StatusChangeDialog(memberService, details, LocalDate.now(clock),
                            this::reloadAfterChange).open());
            changeStatus.setId("change-status");
            changeStatus.setEnabled(!details.status().allowedNext().isEmpty());
            actions.add(changeStatus);
            if (details.deletable()) {
                Button delete = new Button(getTranslation("member.delete"), VaadinIcon.TRASH.create(),
                        click -> confirmDelete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("delete-member");
                actions.add(delete);
            }
        }
        Div header = new Div(name, facts, lifecycle, audit, actions);
        header.addClassName("member-header");
        return header;
    }

    private String lifecycleText() {
        if (details.status() == MembershipStatus.WITHDRAWN && details.withdrawalDate() != null) {
            return getTranslation("member.status.withdrawn-on", DisplayFormats.date(details.withdrawalDate()),
                    details.withdrawalReason());
        }
        return details.joinDate() == null ? "" : getTranslation("member.status.since",
                DisplayFormats.date(details.joinDate()));
    }

    private void save() {
        if (!form.binder().writeBeanIfValid(draft)) {
            Notices.error(getTranslation("validation.fix-fields"));
            return;
        }
        SaveAttempt.run(this, () -> {
            if (memberId == null) {
                long id = memberService.create(draft);
                Notices.success(getTranslation("member.created"));
                getUI().ifPresent(ui -> ui.navigate(MemberEditorView.class,
                        new RouteParameters(ID, String.valueOf(id))));
            } else {
                memberService.update(memberId, details.version(), draft);
                Notices.success(getTranslation("member.saved"));
                reloadAfterChange();
            }
        }, form.fields(), "member.stale", this::reloadAfterChange);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("member.delete.confirm.title", details.legalName()),
                getTranslation("member.delete.confirm.text"), getTranslation("dialog.delete"),
                event -> SaveAttempt.run(this, () -> {
                    memberService.delete(memberId, details.version());
                    Notices.success(getTranslation("member.delete.done"));
                    backToList();
                }, Map.of(), "member.stale", this::reloadAfterChange), getTranslation("dialog.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs the route again so that the page and the navbar title show the saved state. */
    private void reloadAfterChange() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(MemberListView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
