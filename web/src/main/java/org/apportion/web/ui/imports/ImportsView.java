package org.apportion.web.ui.imports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apportion.batch.imports.ImportJobs;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportService;
import org.apportion.imports.ImportStatus;
import org.apportion.imports.RejectionPolicy;
import org.apportion.web.ui.MainLayout;

/** Upload bill files, watch their import, and see each batch's counts, totals and rejections. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Imports · Apportion")
public class ImportsView extends VerticalLayout {

    private static final int BATCHES_SHOWN = 200;
    private static final int POLL_MILLIS = 1000;
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ImportJobs jobs;
    private final ImportService imports;
    private final Grid<ImportBatch> batches = new Grid<>(ImportBatch.class, false);
    private final Select<RejectionPolicy> policy = new Select<>();
    private boolean showedRunning = true;

    @Inject
    public ImportsView(ImportJobs jobs, ImportService imports) {
        this.jobs = jobs;
        this.imports = imports;
        setSizeFull();
        add(new H2("Imports"),
                new Paragraph("Upload a bill (CSV or CSV.gz): FOCUS 1.0–1.3, an AWS Cost and Usage Report or an "
                        + "Azure cost details export. Each file is imported by a batch job; choose whether a file "
                        + "with invalid rows is refused as a whole or keeps its good rows. Click a batch for its "
                        + "totals and rejected rows."),
                uploadBar(), configureGrid());
        refresh();
    }

    private HorizontalLayout uploadBar() {
        HorizontalLayout bar = new HorizontalLayout(configurePolicy(), upload());
        bar.setDefaultVerticalComponentAlignment(Alignment.END);
        return bar;
    }

    private Select<RejectionPolicy> configurePolicy() {
        policy.setId("rejection-policy");
        policy.setLabel("Rows that fail validation");
        policy.setItems(RejectionPolicy.values());
        policy.setItemLabelGenerator(p -> p == RejectionPolicy.STRICT
                ? "Refuse the whole file" : "Keep the good rows, quarantine the bad");
        policy.setValue(RejectionPolicy.STRICT);
        policy.setWidth("22em");
        return policy;
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream content = Files.newInputStream(file.toPath())) {
                ImportBatch batch = jobs.submit(metadata.fileName(), content, "ui", policy.getValue());
                notify(batch);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
            refresh();
        }));
        upload.setId("bill-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv", ".gz");
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    private static void notify(ImportBatch batch) {
        boolean duplicate = batch.getStatus() == ImportStatus.DUPLICATE;
        Notification note = Notification.show(duplicate ? batch.getFailureReason()
                : "Import " + batch.getId() + " of " + batch.getFileName() + " started.", 5000,
                Notification.Position.TOP_CENTER);
        note.addThemeVariants(duplicate ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
    }

    private Grid<ImportBatch> configureGrid() {
        batches.setId("import-batches");
        batches.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        batches.addColumn(ImportBatch::getId).setHeader("Batch").setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(ImportBatch::getFileName).setHeader("File").setAutoWidth(true).setFlexGrow(2);
        batches.addColumn(ImportsView::format).setHeader("Format").setAutoWidth(true);
        batches.addColumn(b -> b.getStatus().name()).setHeader("Status").setAutoWidth(true);
        batches.addColumn(ImportBatch::getRowsRead).setHeader("Rows read").setAutoWidth(true);
        batches.addColumn(ImportBatch::getRowsImported).setHeader("Imported").setAutoWidth(true);
        batches.addColumn(ImportBatch::getRowsRejected).setHeader("Rejected").setAutoWidth(true);
        batches.addColumn(BatchTotals::billedCost).setHeader("Billed cost").setAutoWidth(true);
        batches.addColumn(BatchTotals::effectiveCost).setHeader("Effective cost").setAutoWidth(true);
        batches.addColumn(b -> SUBMITTED.format(b.getSubmittedAt())).setHeader("Submitted").setAutoWidth(true);
        batches.setItemDetailsRenderer(new ComponentRenderer<>(
                b -> new BatchDetails(b, imports.rejections(b.getId(), ImportService.MAX_STORED_REJECTIONS))));
        batches.setDetailsVisibleOnClick(true);
        batches.setSizeFull();
        return batches;
    }

    private static String format(ImportBatch batch) {
        return batch.getFormat() == null ? "" : batch.getFormat() + " " + batch.getFormatVersion();
    }

    private void refresh() {
        show(imports.list(0, BATCHES_SHOWN));
    }

    private void show(List<ImportBatch> latest) {
        // Identify rows by batch id, so open details stay open across refreshes.
        batches.setItems(latest).setIdentifierProvider(ImportBatch::getId);
        // Auto widths are measured on the first rows only; new rows (longer names, totals) need a new measure.
        batches.recalculateColumnWidths();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Jobs run in the background: poll so progress and final states appear without a reload.
        event.getUI().setPollInterval(POLL_MILLIS);
        event.getUI().addPollListener(poll -> refreshWhileRunning());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void refreshWhileRunning() {
        List<ImportBatch> latest = imports.list(0, BATCHES_SHOWN);
        boolean running = latest.stream().anyMatch(b -> b.getStatus().isRunning());
        // One more refresh after the last job ends, so its final state shows.
        if (running || showedRunning) {
            show(latest);
        }
        showedRunning = running;
    }
}
