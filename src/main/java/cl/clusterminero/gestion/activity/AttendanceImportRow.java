package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportRow;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.List;

/**
 * One row of an attendance list as the dry run read it: the member's RUT and the contact's e-mail as written, the
 * attendance it records, and the registration it updates (with the version the dry run saw), or its problems.
 */
public record AttendanceImportRow(int rowNumber, String rut, String email, Attendance attendance, ImportAction action,
                                  List<FieldProblem> problems, Long targetId, Long version) implements ImportRow {
}
