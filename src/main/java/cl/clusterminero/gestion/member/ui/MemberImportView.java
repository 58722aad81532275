package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.ImportRowResult;
import cl.clusterminero.gestion.member.MemberTransferService;
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
 * Import of members from CSV or Excel in two steps: the uploaded file is checked without writing anything (every
 * row's problems with row number, column and message; what would be created or updated), and only a file without
 * problems can then be committed, all rows or none.
 */
@Route("socios/importar")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class MemberImportView extends VerticalLayout implements HasDynamicTitle {

    private final ImportPanel<ImportRowResult> panel;

    public MemberImportView(MemberTransferService transferService) {
        addClassName("member-import-view");
        setWidthFull();
        Button back = new Button(getTranslation("member.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> toList());
        panel = new ImportPanel<>("import", MemberTransferService.COLUMNS, "plantilla-socios.csv",
                transferService::preview, transferService::commit, back, this::toList);
        add(panel);
    }

    /** Shows the dry run of a file and keeps it for the commit. */
    void show(String name, byte[] data, ImportPreview<ImportRowResult> preview) {
        panel.show(name, data, preview);
    }

    private void toList() {
        getUI().ifPresent(ui -> ui.navigate(MemberListView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
