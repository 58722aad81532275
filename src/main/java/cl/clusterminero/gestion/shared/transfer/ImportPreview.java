package cl.clusterminero.gestion.shared.transfer;

import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/** The dry run of an import: every row's outcome and problems, and problems with the file as a whole. */
public record ImportPreview<R extends ImportRow>(String fileName, List<R> rows, List<FieldProblem> fileProblems) {

    public long count(ImportAction action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** The import may be committed only when no row and nothing in the file has a problem. */
    public boolean committable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && count(ImportAction.REJECT) == 0;
    }

    static <R extends ImportRow> ImportPreview<R> fileProblem(String fileName, FieldProblem problem) {
        return new ImportPreview<>(fileName, List.of(), List.of(problem));
    }
}
