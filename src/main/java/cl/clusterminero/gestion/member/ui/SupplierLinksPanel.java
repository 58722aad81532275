package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * For a mining company: the suppliers that serve it, with linking and unlinking for the secretariat. For a
 * supplier: the mining companies it serves, read-only (links are kept from the mining company's side).
 */
class SupplierLinksPanel extends VerticalLayout {

    private final MemberService memberService;
    private final long memberId;
    private final boolean miningCompanySide;
    private final Grid<MemberOption> grid = new Grid<>(MemberOption.class, false);

    SupplierLinksPanel(MemberService memberService, long memberId, boolean editableMiningCompanySide) {
        this.memberService = memberService;
        this.memberId = memberId;
        this.miningCompanySide = memberService.details(memberId).type() == MemberType.MINING_COMPANY;
        setPadding(false);

        grid.setId("links-grid");
        grid.addColumn(MemberOption::legalName).setHeader(getTranslation("members.column.legal-name"))
                .setFlexGrow(2);
        grid.addColumn(option -> Rut.format(option.rut()))
                .setHeader(getTranslation("members.column.rut")).setAutoWidth(true);
        if (editableMiningCompanySide && miningCompanySide) {
            grid.addComponentColumn(option -> {
                Button unlink = new Button(getTranslation("links.remove"), click -> {
                    memberService.unlink(memberId, option.id());
                    Notices.success(getTranslation("links.removed"));
                    refresh();
                });
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                return unlink;
            }).setAutoWidth(true).setFlexGrow(0);
            add(linkRow());
        }
        grid.setEmptyStateText(getTranslation(miningCompanySide ? "links.suppliers.empty" : "links.mining.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(MemberEditorView.class,
                new RouteParameters(MemberEditorView.ID, String.valueOf(event.getItem().id())))));
        add(grid);
        refresh();
    }

    private HorizontalLayout linkRow() {
        ComboBox<MemberOption> supplier = new ComboBox<>(getTranslation("links.add-supplier"));
        supplier.setItems(query -> memberService.options(MemberType.SUPPLIER, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        supplier.setItemLabelGenerator(MemberOption::label);
        supplier.setWidth("28em");
        supplier.setId("link-supplier");
        Button link = new Button(getTranslation("links.add"), click -> {
            if (supplier.getValue() == null) {
                return;
            }
            try {
                memberService.link(memberId, supplier.getValue().id());
                Notices.success(getTranslation("links.added"));
                supplier.clear();
                refresh();
            } catch (InvalidInputException e) {
                Notices.error(getTranslation(e.problems().getFirst().key()));
            }
        });
        link.setId("link-add");
        HorizontalLayout row = new HorizontalLayout(supplier, link);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        grid.setItems(miningCompanySide ? memberService.suppliersOf(memberId)
                : memberService.miningCompaniesServedBy(memberId));
    }
}
