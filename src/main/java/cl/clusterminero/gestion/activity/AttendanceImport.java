package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportFile;
import cl.clusterminero.gestion.shared.transfer.Importer;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An activity's attendance list (CSV or Excel): each row names a registration by the member's RUT and the contact's
 * e-mail and says whether that person attended, excused himself or did not come. Only registrations of this
 * activity are matched (the list records attendance, it does not register people); a registration named twice is
 * a problem of the second row.
 */
final class AttendanceImport extends Importer<AttendanceImportRow> {

    static final List<String> COLUMNS = List.of("rut", "email", "asistencia");
    static final int MAX_ROWS = 5_000;

    /** A registration as the file names it: the member's stored RUT and the contact's e-mail, lower case. */
    record Registration(long participationId, long version, String rut, String email) {
    }

    private final List<Registration> registrations;
    private final BiConsumer<AttendanceImportRow, Attendance> recorder;

    AttendanceImport(List<Registration> registrations, BiConsumer<AttendanceImportRow, Attendance> recorder) {
        super(COLUMNS, MAX_ROWS, Map.of("correo", "email", "correo_electronico", "email", "e_mail", "email",
                "asistio", "asistencia", "estado", "asistencia", "rut_socio", "rut"));
        this.registrations = registrations;
        this.recorder = recorder;
    }

    @Override
    protected List<AttendanceImportRow> check(List<ImportFile.SourceRow> rows) {
        List<AttendanceImportRow> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ImportFile.SourceRow row : rows) {
            String rutText = blankAsNull(ImportFile.clean(row.values().get("rut")));
            String email = blankAsNull(ImportFile.clean(row.values().get("email")));
            String attendanceText = blankAsNull(ImportFile.clean(row.values().get("asistencia")));
            List<FieldProblem> problems = new ArrayList<>();
            Optional<Rut> rut = rutText == null ? Optional.empty() : Rut.parse(rutText);
            if (rutText == null) {
                problems.add(new FieldProblem("rut", "validation.required"));
            } else if (rut.isEmpty()) {
                problems.add(new FieldProblem("rut", "import.attendance.rut-invalid"));
            }
            if (email == null) {
                problems.add(new FieldProblem("email", "validation.required"));
            }
            Attendance attendance = attendanceText == null ? null : attendance(attendanceText);
            if (attendanceText == null) {
                problems.add(new FieldProblem("asistencia", "validation.required"));
            } else if (attendance == null) {
                problems.add(new FieldProblem("asistencia", "import.attendance.value-invalid"));
            }
            Registration match = null;
            if (rut.isPresent() && email != null) {
                String normalised = rut.get().normalised();
                String mail = email.toLowerCase(Locale.ROOT);
                match = registrations.stream().filter(r -> r.rut().equals(normalised) && mail.equals(r.email()))
                        .findFirst().orElse(null);
                if (match == null) {
                    problems.add(new FieldProblem("email", "import.attendance.not-registered"));
                } else if (!seen.add(match.participationId())) {
                    problems.add(new FieldProblem("email", "import.attendance.duplicate"));
                }
            }
            boolean ok = problems.isEmpty();
            checked.add(new AttendanceImportRow(row.number(), rutText, email, attendance,
                    ok ? ImportAction.UPDATE : ImportAction.REJECT, List.copyOf(problems),
                    ok ? match.participationId() : null, ok ? match.version() : null));
        }
        return checked;
    }

    @Override
    protected void write(List<ImportFile.SourceRow> rows, List<AttendanceImportRow> checked) {
        checked.forEach(row -> recorder.accept(row, row.attendance()));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** "Asistió", "asistio", "sí", "presente" / "Justificó", "justificado", "excusado" / "No asistió", "ausente". */
    static Attendance attendance(String text) {
        String value = ImportFile.simplified(text);
        return switch (value) {
            case "asistio", "si", "presente", "attended" -> Attendance.ATTENDED;
            case "justifico", "justificado", "justificada", "excusado", "excusada", "excused" -> Attendance.EXCUSED;
            case "noasistio", "no", "ausente", "absent" -> Attendance.ABSENT;
            default -> null;
        };
    }
}
