package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportRow;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/**
 * One data row of an import file: its number as the spreadsheet shows it, what it would do, its problems, and for
 * an update the member and the version the dry run saw (the commit refuses to apply if that version changed).
 */
public record ImportRowResult(int rowNumber, String rut, String legalName, ImportAction action,
                              List<FieldProblem> problems, Long memberId, Long version) implements ImportRow {

    @Override
    public Long targetId() {
        return memberId;
    }
}
