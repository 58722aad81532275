package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ChallengeDraft;
import cl.clusterminero.gestion.activity.ChallengeRow;
import cl.clusterminero.gestion.activity.ChallengeService;
import cl.clusterminero.gestion.activity.ChallengeStatus;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Map;

/** Mining challenges, open ones first by deadline; the secretariat publishes new ones here. */
@Route("desafios")
@PermitAll
@Menu(title = "nav.challenges", order = 16, icon = "vaadin:lightbulb")
public class ChallengeListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ChallengeService challengeService;
    private final MemberService memberService;
    private final Select<ChallengeStatus> status = new Select<>();
    private final Span count = new Span();
    private final ComboBox<MemberOption> mining = new ComboBox<>();
    private final ConfigurableFilterDataProvider<ChallengeRow, Void, ChallengeFilter> rows;

    /** The grid's filters: a state and a mining company, each optional. */
    private record ChallengeFilter(ChallengeStatus status, Long miningCompanyId) {
    }

    public ChallengeListView(ChallengeService challengeService, MemberService memberService, CurrentUser currentUser) {
        this.challengeService = challengeService;
        this.memberService = memberService;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("challenges.intro"));
        intro.addClassName("view-intro");
        HorizontalLayout top = new HorizontalLayout(intro);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(intro);
        if (currentUser.mayCall(ChallengeService.class, "publish")) {
            Button create = new Button(getTranslation("challenge.new"), VaadinIcon.PLUS.create(),
                    click -> publishDialog().open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-challenge");
            top.add(create);
        }
        Grid<ChallengeRow> grid = new Grid<>(ChallengeRow.class, false);
        grid.setId("challenges-grid");
        grid.addColumn(ChallengeRow::title).setHeader(getTranslation("challenge.title")).setFlexGrow(3)
                .setTooltipGenerator(ChallengeRow::title);
        grid.addColumn(ChallengeRow::miningCompanyName).setHeader(getTranslation("challenge.mining")).setFlexGrow(2);
        grid.addColumn(ChallengeRow::operation).setHeader(getTranslation("challenge.operation")).setFlexGrow(2);
        grid.addColumn(row -> DisplayFormats.date(row.deadline())).setHeader(getTranslation("challenge.deadline"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(ChallengeRow::applications).setHeader(getTranslation("challenge.applications"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setHeader(getTranslation("challenge.status"))
                .setWidth("10rem").setFlexGrow(0);
        DataProvider<ChallengeRow, ChallengeFilter> provider = DataProvider.fromFilteringCallbacks(
                query -> {
                    ChallengeFilter filter = query.getFilter().orElse(new ChallengeFilter(null, null));
                    return challengeService.challenges(filter.status(), filter.miningCompanyId(),
                            VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
                },
                query -> {
                    ChallengeFilter filter = query.getFilter().orElse(new ChallengeFilter(null, null));
                    return (int) challengeService.count(filter.status(), filter.miningCompanyId());
                });
        rows = provider.withConfigurableFilter();
        grid.setItems(rows);
        status.setLabel(getTranslation("challenge.status"));
        status.setItems(ChallengeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("activities.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("activities.all")
                : getTranslation(value.labelKey()));
        status.setId("challenges-filter-status");
        status.addValueChangeListener(event -> refresh());
        mining.setLabel(getTranslation("challenge.mining"));
        mining.setItems(query -> memberService.options(MemberType.MINING_COMPANY, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        mining.setItemLabelGenerator(MemberOption::label);
        mining.setClearButtonVisible(true);
        mining.setWidth("20rem");
        mining.setId("challenges-filter-mining");
        mining.addValueChangeListener(event -> refresh());
        count.setId("challenges-count");
        HorizontalLayout filters = new HorizontalLayout(status, mining, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        refresh();
        RowOpening.on(grid, row -> open(row.id()));
        grid.setEmptyStateText(getTranslation("challenges.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(top, filters, grid);
    }

    private void refresh() {
        ChallengeFilter filter = new ChallengeFilter(status.getValue(), mining.getValue() == null ? null
                : mining.getValue().id());
        rows.setFilter(filter);
        count.setText(getTranslation("challenges.count", challengeService.count(filter.status(),
                filter.miningCompanyId())));
    }

    /** Links from the indicators arrive with a state: {@code ?estado=AWARDED}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("estado")
                .flatMap(value -> Arrays.stream(ChallengeStatus.values())
                        .filter(s -> s.name().equals(value)).findFirst()).ifPresent(status::setValue);
    }

    private Dialog publishDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("challenge.new"));
        dialog.setWidth("44rem");
        ComboBox<MemberOption> mining = new ComboBox<>(getTranslation("challenge.mining"));
        mining.setItems(query -> memberService.options(MemberType.MINING_COMPANY, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        mining.setItemLabelGenerator(MemberOption::label);
        mining.setId("challenge-mining");
        TextField title = new TextField(getTranslation("challenge.title"));
        title.setMaxLength(200);
        title.setId("challenge-title");
        TextField operation = new TextField(getTranslation("challenge.operation"));
        operation.setMaxLength(200);
        operation.setId("challenge-operation");
        DatePicker deadline = DateFields.create(getTranslation("challenge.deadline"), getLocale());
        deadline.setId("challenge-deadline");
        TextArea problem = new TextArea(getTranslation("challenge.problem"));
        problem.setMaxLength(2000);
        problem.setId("challenge-problem");
        FormLayout form = new FormLayout(mining, title, operation, deadline, problem);
        form.setColspan(mining, 2);
        form.setColspan(title, 2);
        form.setColspan(problem, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("dialog.save"), click -> {
            SaveAttempt.run(dialog, () -> {
                long id = challengeService.publish(new ChallengeDraft(mining.getValue() == null ? null
                        : mining.getValue().id(), title.getValue(), problem.getValue(), operation.getValue(),
                        deadline.getValue()));
                Notices.success(getTranslation("challenge.published"));
                dialog.close();
                open(id);
            }, Map.<String, HasValidation>of("miningCompany", mining, "title", title, "operation", operation, "deadline", deadline, "problem", problem));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("challenge-save");
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ChallengeView.class, new RouteParameters(ChallengeView.ID,
                String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.challenges");
    }
}
