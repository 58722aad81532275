package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.ExportFormat;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberTransferService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.OnDemandPopover;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The members list's file actions as one button: its popover offers CSV and Excel exports of the filtered list and
 * the import page. The choices are built when the popover opens and dropped when it closes, so a session with the
 * list open carries one button, not three (memory per session).
 * <p>
 * An export is written in the background to a temporary file while a dialog shows the progress (the UI polls), then
 * offered for download; the temporary file is removed when the dialog closes.
 */
class MemberExportMenu extends Button {

    private static final Logger log = LoggerFactory.getLogger(MemberExportMenu.class);

    private final MemberTransferService transferService;
    private final Supplier<MemberFilter> filter;
    private final Supplier<Sort> sort;
    private final Supplier<Long> total;

    MemberExportMenu(MemberTransferService transferService, Supplier<MemberFilter> filter, Supplier<Sort> sort,
                     Supplier<Long> total) {
        super(VaadinIcon.EXCHANGE.create());
        this.transferService = transferService;
        this.filter = filter;
        this.sort = sort;
        this.total = total;
        setText(getTranslation("members.files"));
        setId("member-files");
        OnDemandPopover.attach(this, "member-files-popover", PopoverPosition.BOTTOM_END,
                popover -> OnDemandPopover.menu(
                        popover.choice(VaadinIcon.DOWNLOAD, getTranslation("members.export.csv"), "export-csv",
                                () -> export(ExportFormat.CSV)),
                        popover.choice(VaadinIcon.FILE_TABLE, getTranslation("members.export.excel"), "export-excel",
                                () -> export(ExportFormat.EXCEL)),
                        popover.choice(VaadinIcon.UPLOAD, getTranslation("members.import"), "import-members",
                                () -> UI.getCurrent().navigate(MemberImportView.class))));
    }

    private void export(ExportFormat format) {
        UI ui = UI.getCurrent();
        MemberFilter currentFilter = filter.get();
        Sort currentSort = sort.get();
        long expected = Math.max(1, total.get());
        Locale locale = ui.getLocale();
        AtomicBoolean cancelled = new AtomicBoolean();
        Path file;
        try {
            file = Files.createTempFile("socios-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ProgressBar bar = new ProgressBar(0, 1, 0);
        Span status = new Span(getTranslation("members.export.progress"));
        bar.getElement().setAttribute("aria-label", status.getText());
        VerticalLayout content = new VerticalLayout(status, bar);
        content.setPadding(false);
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(getTranslation(format == ExportFormat.CSV ? "members.export.csv"
                : "members.export.excel"));
        dialog.setWidth("28rem");
        dialog.setId("export-dialog");
        Button close = new Button(getTranslation("dialog.cancel"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                ui.setPollInterval(-1);
                deleteQuietly(file);
            }
        });
        dialog.open();
        ui.setPollInterval(400);

        String fileName = "socios-" + LocalDate.now(DisplayFormats.ZONE) + "." + format.extension();
        // Closing the dialog or leaving the page stops the export and removes the temporary file.
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                cancelled.set(true);
            }
        });
        Registration detach = ui.addDetachListener(event -> {
            cancelled.set(true);
            deleteQuietly(file);
        });
        Runnable work = () -> {
            boolean keep = false;
            try (OutputStream out = Files.newOutputStream(file)) {
                int rows = transferService.export(currentFilter, currentSort, format, locale, out, written -> {
                    if (cancelled.get()) {
                        throw new CancellationException();
                    }
                    accessIfAttached(ui, () -> bar.setValue(Math.min(1.0, written / (double) expected)));
                });
                keep = !cancelled.get();
                accessIfAttached(ui, () -> {
                    ui.setPollInterval(-1);
                    bar.setValue(1);
                    status.setText(getTranslation("members.export.done", rows));
                    Anchor download = new Anchor(DownloadHandler.forFile(file.toFile(), fileName),
                            getTranslation("members.export.download"));
                    download.setId("export-download");
                    download.getElement().setAttribute("download", true);
                    content.add(download);
                    download.getElement().callJsFunction("click");
                    close.setText(getTranslation("dialog.close"));
                });
            } catch (CancellationException e) {
                log.info("Member export cancelled");
            } catch (RuntimeException | IOException e) {
                log.error("Member export failed", e);
                accessIfAttached(ui, () -> {
                    ui.setPollInterval(-1);
                    dialog.close();
                    Notices.error(getTranslation("members.export.failed"));
                });
            } finally {
                if (!keep) {
                    deleteQuietly(file);
                }
            }
        };
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                detach.remove();
            }
        });
        Thread.ofVirtual().name("member-export").start(
                new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    /** Updates the UI from the export thread, unless the user has left (then there is nothing to update). */
    private static void accessIfAttached(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The page is gone; the export thread ends on its own.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary export {}", file, e);
        }
    }
}
