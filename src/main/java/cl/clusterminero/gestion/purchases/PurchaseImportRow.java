package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportRow;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/**
 * One data row of a local purchases import: its number as the spreadsheet shows it, the company's RUT and period,
 * what it would do, its problems, and for an update the report and the version the dry run saw.
 */
public record PurchaseImportRow(int rowNumber, String rut, String year, String quarter, ImportAction action,
                                List<FieldProblem> problems, Long reportId, Long version) implements ImportRow {

    @Override
    public Long targetId() {
        return reportId;
    }
}
