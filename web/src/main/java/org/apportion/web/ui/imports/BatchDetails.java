package org.apportion.web.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.apportion.base.Money;
import org.apportion.imports.CurrencyTotal;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportRejection;
import org.apportion.imports.RejectionPolicy;

/** What a batch row opens to: exact totals, billing periods, the job's message and the rejected rows. */
class BatchDetails extends VerticalLayout {

    BatchDetails(ImportBatch batch, List<ImportRejection> rejections) {
        setPadding(false);
        setSpacing(false);
        addClassName("batch-details");
        add(line("SHA-256", batch.getSha256()));
        add(line("Billing periods", batch.getBillingPeriods().stream()
                .map(p -> p.month().toString()).collect(Collectors.joining(", "))));
        batch.getTotals().forEach(t -> add(line("Exact totals " + t.getBillingCurrency(), exact(t))));
        add(line("Bad rows", batch.getRejectionPolicy() == RejectionPolicy.STRICT
                ? "refuse the whole file (strict)" : "quarantined, good rows kept"));
        if (batch.getRowsSuperseded() > 0) {
            add(line("Restated", batch.getRowsSuperseded() + " row(s) replaced by batch " + batch.getSupersededByBatchId()));
        }
        if (batch.getFailureReason() != null) {
            add(line("Message", batch.getFailureReason()));
        }
        if (!rejections.isEmpty()) {
            Anchor download = new Anchor("/api/v1/imports/" + batch.getId() + "/rejected-rows",
                    "Download the rejected rows as CSV, to correct and import again");
            download.getElement().setAttribute("download", true);
            add(download, rejectionGrid(rejections));
        }
    }

    private static String exact(CurrencyTotal total) {
        return total.getRowCount() + " rows, billed " + Money.exactString(total.getBilledCost())
                + ", effective " + Money.exactString(total.getEffectiveCost())
                + ", list " + Money.exactString(total.getListCost())
                + ", contracted " + Money.exactString(total.getContractedCost());
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        return new Div(name, new Span(value == null ? "" : value));
    }

    private static Grid<ImportRejection> rejectionGrid(List<ImportRejection> rejections) {
        Grid<ImportRejection> grid = new Grid<>(ImportRejection.class, false);
        grid.addClassName("rejections");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportRejection::getLineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRejection::getColumnName).setHeader("Column").setAutoWidth(true);
        grid.addColumn(ImportRejection::getValue).setHeader("Value").setAutoWidth(true);
        grid.addColumn(ImportRejection::getReason).setHeader("Reason").setFlexGrow(1);
        grid.setItems(rejections);
        grid.setAllRowsVisible(rejections.size() <= 10);
        grid.setHeight(rejections.size() <= 10 ? null : "300px");
        grid.setWidthFull();
        return grid;
    }
}
