package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.ImportAction;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/** The dry run of a local purchases import: every row's outcome and problems, and problems with the whole file. */
public record PurchaseImportPreview(String fileName, List<PurchaseImportRow> rows, List<FieldProblem> fileProblems) {

    public long count(ImportAction action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** Only a file in which no row and nothing in the file has a problem may be committed. */
    public boolean committable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && count(ImportAction.REJECT) == 0;
    }
}
