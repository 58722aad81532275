package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.LocalPurchaseTransferService;
import cl.clusterminero.gestion.purchases.PurchaseImportRow;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.ui.ImportPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Import of local purchase reports from CSV or Excel in two steps, like the member import: the file is first checked
 * without writing anything (every row's problems with row number, column and message; which reports would be created
 * or updated, by company RUT and period), and only a file without problems can then be committed, all rows or none.
 */
@Route("compras-locales/importar")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class LocalPurchaseImportView extends VerticalLayout implements HasDynamicTitle {

    private final ImportPanel<PurchaseImportRow> panel;

    public LocalPurchaseImportView(LocalPurchaseTransferService transferService) {
        addClassName("purchase-import-view");
        setWidthFull();
        Button back = new Button(getTranslation("purchases.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> toList());
        panel = new ImportPanel<>("purchases.import", LocalPurchaseTransferService.COLUMNS,
                "plantilla-compras-locales.csv", transferService::preview, transferService::commit, back,
                this::toList);
        add(panel);
    }

    /** Shows the dry run of a file and keeps it for the commit. */
    void show(String name, byte[] data, ImportPreview<PurchaseImportRow> preview) {
        panel.show(name, data, preview);
    }

    private void toList() {
        getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchases.import.title");
    }
}
