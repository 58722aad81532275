package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.ImportRefusedException;
import cl.clusterminero.gestion.shared.transfer.ImportRow;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The screen of a two-step import (shared/transfer): the columns and a template to download, the upload, the dry
 * run's summary and every problem with row, column and message, and the commit, enabled only for a file without
 * problems. Texts come from the bundle under a prefix: {@code <prefix>.help}, {@code .summary}, {@code .done} and
 * {@code .changed}.
 */
public class ImportPanel<R extends ImportRow> extends VerticalLayout {

    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** How the view's service commits an approved dry run. */
    @FunctionalInterface
    public interface Commit<R extends ImportRow> {
        ImportPreview<R> commit(String fileName, byte[] content, List<R> approved);
    }

    /** One line of the problems grid: a row's problem, or a problem with the whole file (row 0). */
    public record Problem(int rowNumber, String column, String message) {
    }

    private final String prefix;
    private final Commit<R> committer;
    private final Runnable afterCommit;
    private final Span summary = new Span();
    private final Grid<Problem> problems = new Grid<>(Problem.class, false);
    private final Button commit = new Button();
    private String fileName;
    private byte[] content;
    private ImportPreview<R> checked;

    /**
     * @param prefix       message key prefix, e.g. "import" or "purchases.import"
     * @param templateName file name of the downloadable CSV with just the header
     * @param back         shown next to the commit button
     * @param afterCommit  what happens after a successful commit (usually navigating to the list)
     */
    public ImportPanel(String prefix, List<String> columns, String templateName,
                       BiFunction<String, byte[], ImportPreview<R>> preview, Commit<R> committer, Component back,
                       Runnable afterCommit) {
        this.prefix = prefix;
        this.committer = committer;
        this.afterCommit = afterCommit;
        setPadding(false);

        Paragraph help = new Paragraph(getTranslation(prefix + ".help", String.join(", ", columns)));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] header = ("\uFEFF" + String.join(";", columns) + "\n").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(header), templateName, "text/csv;charset=UTF-8",
                    header.length);
        }), getTranslation("import.template"));
        template.getElement().setAttribute("download", true);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ImportPreview<R> result = preview.apply(metadata.fileName(), data);
            ui.access(() -> show(metadata.fileName(), data, result));
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts());
        upload.setId("import-upload");
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

        add(help, template, upload, summary, problems, new HorizontalLayout(commit, back));
    }

    /** Shows the dry run of a file and keeps it for the commit. */
    @SuppressWarnings("unchecked")
    public void show(String name, byte[] data, ImportPreview<? extends R> preview) {
        this.fileName = name;
        this.content = data;
        this.checked = (ImportPreview<R>) preview;
        summary.setText(getTranslation(prefix + ".summary", name, preview.count(ImportAction.CREATE),
                preview.count(ImportAction.UPDATE), preview.count(ImportAction.REJECT)));
        List<Problem> lines = new ArrayList<>();
        preview.fileProblems().forEach(problem -> lines.add(new Problem(0, "", translate(problem))));
        for (ImportRow row : preview.rows()) {
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

    @SuppressWarnings("unchecked")
    private void commit() {
        if (content == null) {
            return;
        }
        try {
            ImportPreview<R> done = committer.commit(fileName, content, checked.rows());
            Notices.success(getTranslation(prefix + ".done", done.count(ImportAction.CREATE),
                    done.count(ImportAction.UPDATE)));
            content = null;
            afterCommit.run();
        } catch (ImportRefusedException e) {
            show(fileName, content, (ImportPreview<R>) e.preview());
            Notices.error(getTranslation(e.changedSinceCheck() ? prefix + ".changed" : "import.refused"));
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
}
