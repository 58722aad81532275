package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.member.ImportAction;
import cl.clusterminero.gestion.purchases.LocalPurchaseTransferService;
import cl.clusterminero.gestion.purchases.PurchaseImportPreview;
import cl.clusterminero.gestion.purchases.PurchaseImportRefusedException;
import cl.clusterminero.gestion.purchases.PurchaseImportRow;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Import of local purchase reports from CSV or Excel in two steps, like the member import: the file is first checked
 * without writing anything (every row's problems with row number, column and message; which reports would be created
 * or updated, by company RUT and period), and only a file without problems can then be committed, all rows or none.
 */
@Route("compras-locales/importar")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class LocalPurchaseImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final LocalPurchaseTransferService transferService;
    private final Span summary = new Span();
    private final Grid<Problem> problems = new Grid<>(Problem.class, false);
    private final Button commit = new Button();
    private String fileName;
    private byte[] content;
    private PurchaseImportPreview checked;

    /** One line of the problems grid: a row's problem, or a problem with the whole file (row 0). */
    record Problem(int rowNumber, String column, String message) {
    }

    public LocalPurchaseImportView(LocalPurchaseTransferService transferService) {
        this.transferService = transferService;
        addClassName("purchase-import-view");
        setWidthFull();

        Paragraph help = new Paragraph(getTranslation("purchases.import.help", String.join(", ",
                LocalPurchaseTransferService.COLUMNS)));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] header = ("\uFEFF" + String.join(";", LocalPurchaseTransferService.COLUMNS) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(header), "plantilla-compras-locales.csv",
                    "text/csv;charset=UTF-8", header.length);
        }), getTranslation("import.template"));
        template.getElement().setAttribute("download", true);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            PurchaseImportPreview preview = transferService.preview(metadata.fileName(), data);
            ui.access(() -> show(metadata.fileName(), data, preview));
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts());
        upload.setId("purchases-import-upload");
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("import.file.rejected")));

        summary.setId("import-summary");
        summary.addClassName("import-summary");
        problems.setId("import-problems");
        problems.addColumn(problem -> problem.rowNumber() == 0 ? "" : String.valueOf(problem.rowNumber()))
                .setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::column).setHeader(getTranslation("import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(Problem::message).setHeader(getTranslation("import.message")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        commit.setText(getTranslation("import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.setId("import-commit");
        commit.addClickListener(click -> commit());
        Button back = new Button(getTranslation("purchases.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class)));

        add(help, template, upload, summary, problems, new HorizontalLayout(commit, back));
    }

    /** Shows the dry run of a file and keeps it for the commit. */
    void show(String name, byte[] data, PurchaseImportPreview preview) {
        this.fileName = name;
        this.content = data;
        this.checked = preview;
        summary.setText(getTranslation("purchases.import.summary", name, preview.count(ImportAction.CREATE),
                preview.count(ImportAction.UPDATE), preview.count(ImportAction.REJECT)));
        List<Problem> lines = new java.util.ArrayList<>();
        preview.fileProblems().forEach(problem -> lines.add(new Problem(0, "", translate(problem))));
        for (PurchaseImportRow row : preview.rows()) {
            row.problems().forEach(problem -> lines.add(new Problem(row.rowNumber(), problem.field(),
                    translate(problem))));
        }
        problems.setItems(lines);
        problems.setVisible(!lines.isEmpty());
        commit.setEnabled(preview.committable());
        if (!preview.committable() && lines.isEmpty()) {
            Notices.error(getTranslation("import.file.empty"));
        }
    }

    private void commit() {
        if (content == null) {
            return;
        }
        try {
            PurchaseImportPreview done = transferService.commit(fileName, content, checked.rows());
            Notices.success(getTranslation("purchases.import.done", done.count(ImportAction.CREATE),
                    done.count(ImportAction.UPDATE)));
            content = null;
            getUI().ifPresent(ui -> ui.navigate(LocalPurchaseListView.class));
        } catch (PurchaseImportRefusedException e) {
            show(fileName, content, e.preview());
            Notices.error(getTranslation(e.changedSinceCheck() ? "purchases.import.changed" : "import.refused"));
        }
    }

    private String translate(FieldProblem problem) {
        return getTranslation(problem.key(), problem.args());
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")).setMany(
                getTranslation("import.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")).setMany(
                getTranslation("import.choose")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.file.rejected"))
                .setFileIsTooBig(getTranslation("import.file.too-big"))
                .setIncorrectFileType(getTranslation("import.file.rejected")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.uploading"))
                        .setProcessing(getTranslation("import.checking")).setHeld(getTranslation("import.uploading"))
                        .setStalled(getTranslation("import.uploading")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.failed"))
                        .setUnexpectedServerError(getTranslation("import.failed"))
                        .setForbidden(getTranslation("error.forbidden-action"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchases.import.title");
    }
}
