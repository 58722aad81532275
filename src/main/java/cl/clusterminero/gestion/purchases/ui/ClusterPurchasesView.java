package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.PurchaseTargetRow;
import cl.clusterminero.gestion.purchases.ShareByYear;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The whole cluster's regional share per year (sum of regional purchases over sum of total purchases) against the
 * current roadmap's targets, as a picture and as figures; the admin keeps the targets here.
 */
@Route("compras-locales/cluster")
@PermitAll
public class ClusterPurchasesView extends VerticalLayout implements HasDynamicTitle {

    private final LocalPurchaseService service;
    private final boolean admin;

    public ClusterPurchasesView(LocalPurchaseService service, CurrentUser currentUser) {
        this.service = service;
        this.admin = currentUser.mayCall(LocalPurchaseService.class, "saveTarget");
        addClassName("purchase-cluster-view");
        setWidthFull();
        build();
    }

    private void build() {
        removeAll();
        H2 heading = new H2(getTranslation("purchases.cluster.title"));
        heading.setId("cluster-title");
        Optional<RoadmapOption> roadmap = service.currentRoadmap();
        Paragraph help = new Paragraph(getTranslation("purchases.cluster.help",
                roadmap.map(RoadmapOption::name).orElse(getTranslation("purchases.cluster.no-roadmap"))));
        help.addClassName("purchase-help");
        help.setId("cluster-help");

        List<ShareByYear> years = service.clusterShares();
        ShareChart chart = new ShareChart(years);
        chart.setId("cluster-chart");
        ShareFiguresGrid figures = new ShareFiguresGrid(years, true);
        figures.setId("cluster-figures");
        Div picture = new Div(chart, figures);
        picture.addClassName("share-picture");

        Button back = new Button(getTranslation("purchases.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, help, picture);
        roadmap.ifPresent(current -> add(targets(current)));
        add(back);
    }

    private Div targets(RoadmapOption roadmap) {
        H3 title = new H3(getTranslation("purchases.targets.title", roadmap.name()));
        Grid<PurchaseTargetRow> grid = new Grid<>(PurchaseTargetRow.class, false);
        grid.setId("targets-grid");
        grid.addColumn(row -> String.valueOf(row.year())).setHeader(getTranslation("purchases.figures.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> PurchaseFormats.percent(row.regionalShare()))
                .setHeader(getTranslation("purchases.figures.target")).setTextAlign(ColumnTextAlign.END);
        if (admin) {
            grid.addComponentColumn(row -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> new TargetDialog(service, roadmap.id(),
                        row, this::build).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("purchases.targets.edit"));
                edit.setId("edit-target-" + row.year());
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("purchases.targets.empty"));
        grid.setItems(service.targets(roadmap.id()));
        grid.setMaxWidth("30em");
        Div section = new Div(title, grid);
        section.addClassName("purchase-targets");
        if (admin) {
            Button add = new Button(getTranslation("purchases.targets.add"), VaadinIcon.PLUS.create(),
                    click -> new TargetDialog(service, roadmap.id(), null, this::build).open());
            add.setId("add-target");
            section.add(new HorizontalLayout(add));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchases.cluster.title");
    }
}
