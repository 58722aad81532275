package cl.clusterminero.gestion.program.ui;

import cl.clusterminero.gestion.program.ProgramProgress;
import cl.clusterminero.gestion.program.ProgramRow;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** The programs with their status, dates, budget, co-financing, managers and progress; a lazy grid. */
@Route("programas")
@PermitAll
@Menu(title = "nav.programs", order = 8, icon = "vaadin:briefcase")
public class ProgramListView extends VerticalLayout implements HasDynamicTitle {

    /** A program row with its progress, which the roadmap computes. */
    record Row(ProgramRow program, int progress) {
    }

    public ProgramListView(ProgramService programService, ProgramProgress programProgress, CurrentUser currentUser) {
        setSizeFull();
        Span count = new Span(getTranslation("programs.count", programService.count()));
        count.addClassName("result-count");
        count.setId("programs-count");
        HorizontalLayout toolbar = new HorizontalLayout(count);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        count.getStyle().set("flex-grow", "1");
        if (currentUser.mayCall(ProgramService.class, "create")) {
            Button create = new Button(getTranslation("programs.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class,
                            new RouteParameters(ProgramEditorView.ID, ProgramEditorView.NEW))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-program");
            toolbar.add(create);
        }

        Grid<Row> grid = new Grid<>(Row.class, false);
        grid.setId("programs-grid");
        // Fits a 1366-pixel screen without scrolling sideways: long names and the co-financing (on the program's
        // page) show in tooltips.
        grid.addColumn(row -> row.program().code()).setHeader(getTranslation("program.code")).setSortProperty("code")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.program().name()).setHeader(getTranslation("program.name")).setSortProperty("name")
                .setWidth("12rem").setFlexGrow(3).setResizable(true).setTooltipGenerator(row -> row.program().name());
        grid.addColumn(row -> getTranslation(row.program().status().labelKey()))
                .setHeader(getTranslation("program.status")).setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.date(row.program().startDate()) + " – "
                        + DisplayFormats.date(row.program().endDate())).setHeader(getTranslation("program.period"))
                .setSortProperty("startDate").setWidth("12.5rem").setFlexGrow(0);
        grid.addColumn(row -> DisplayFormats.clp(row.program().budgetClp()))
                .setHeader(getTranslation("programs.column.budget")).setSortProperty("budgetClp")
                .setTextAlign(ColumnTextAlign.END).setWidth("9.5rem").setFlexGrow(0)
                .setTooltipGenerator(row -> getTranslation("programs.budget.tooltip",
                        DisplayFormats.clp(row.program().budgetClp()), DisplayFormats.clp(row.program().fundingClp())));
        grid.addColumn(row -> row.program().managers()).setHeader(getTranslation("programs.column.managers"))
                .setWidth("10rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(row -> row.program().managers());
        grid.addColumn(row -> row.progress() + "%").setHeader(getTranslation("program.progress")).setWidth("6.5rem")
                .setFlexGrow(0);
        // On a phone: code, name and progress; the program's page has the rest.
        PhoneColumns.keep(grid, grid.getColumns().get(0), grid.getColumns().get(1), grid.getColumns().getLast());
        grid.setItems(query -> {
            List<ProgramRow> page = programService.list(VaadinSpringDataHelpers.toSpringPageRequest(query));
            Map<Long, Integer> progress = programProgress.progressOf(page.stream().map(ProgramRow::id).toList());
            return page.stream().map(program -> new Row(program, progress.getOrDefault(program.id(), 0)));
        }, query -> (int) programService.count());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("programs.empty"));
        grid.setSizeFull();
        RowOpening.on(grid, row -> getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class,
                new RouteParameters(ProgramEditorView.ID, String.valueOf(row.program().id())))));
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programs");
    }
}
