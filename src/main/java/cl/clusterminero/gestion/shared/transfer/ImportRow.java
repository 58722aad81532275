package cl.clusterminero.gestion.shared.transfer;

import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/**
 * What the dry run says about one data row: its number as the spreadsheet shows it, what it would do, its problems
 * (by column), and for an update the record and the version the dry run saw (the commit refuses if either changed).
 */
public interface ImportRow {

    int rowNumber();

    ImportAction action();

    List<FieldProblem> problems();

    /** The record an update would change; null for a create or a rejected row. */
    Long targetId();

    Long version();
}
