package cl.clusterminero.gestion.shared.transfer;

import cl.clusterminero.gestion.shared.validation.FieldProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One feature's import of CSV or Excel files, in two steps that this interface runs: {@link #preview} reads the file
 * ({@link ImportFile}) and reports, writing nothing, what every row would do and why not; {@link #commit} applies a
 * file whose dry run has no problems, all rows or none, provided the outcome is still the one the user approved
 * (same rows, actions, records and versions), and otherwise throws {@link ImportRefusedException}.
 *
 * <p>An importer says only which columns it needs and how rows are checked and written. It is a private inner class of its
 * feature's service (which carries the transaction and the role rule) and is called from the service's public methods. A list
 * of activity attendees matched by RUT and e-mail, for example:
 *
 * <pre>{@code
 * record AttendanceRow(int rowNumber, String rut, String email, ImportAction action, List<FieldProblem> problems,
 *                      Long targetId, Long version) implements ImportRow { }
 *
 * private final class AttendanceImport implements Importer<AttendanceRow> {
 *     public List<String> requiredColumns() { return List.of("rut", "email"); }
 *     public int maxRows { return 2_000; }
 *     public List<AttendanceRow> check(List<ImportFile.SourceRow> rows) {
 *         // look up each row's RUT (ImportFile.clean) and e-mail, collect FieldProblems by column name
 *     }
 *     protected void write(List<ImportFile.SourceRow> rows, List<AttendanceRow> checked) {
 *         // record attendance through the feature's own service methods
 *     }
 * }
 *
 * private final AttendanceImport attendance = new AttendanceImport();
 *
 * @Transactional(readOnly = true) @RolesAllowed(...)
 * public ImportPreview<AttendanceRow> preview(String file, byte[] content) { return attendance.preview(file, content); }
 * @RolesAllowed(...)  // and likewise commit(file, content, approved)
 * }</pre>
 * The view then only needs an {@code ImportPanel} (shared/ui) wired to these two methods.
 */
public abstract class Importer<R extends ImportRow> {

    private final List<String> requiredColumns;
    private final int maxRows;
    private final Map<String, String> aliases;

    /**
     * @param requiredColumns simplified column names ({@link ImportFile#columnName}) the file must have
     * @param maxRows         more data rows than this and the file is refused as a whole
     * @param aliases         header names people naturally write, simplified, and the column they mean
     */
    protected Importer(List<String> requiredColumns, int maxRows, Map<String, String> aliases) {
        this.requiredColumns = List.copyOf(requiredColumns);
        this.maxRows = maxRows;
        this.aliases = Map.copyOf(aliases);
    }

    /** Checks every row (in file order) without writing anything. */
    protected abstract List<R> check(List<ImportFile.SourceRow> rows);

    /** Writes the rows of a file whose dry run was approved; {@code checked} holds each row's outcome, same order. */
    protected abstract void write(List<ImportFile.SourceRow> rows, List<R> checked);

    public ImportPreview<R> preview(String fileName, byte[] content) {
        List<ImportFile.SourceRow> rows;
        try {
            rows = read(fileName, content);
        } catch (IOException | RuntimeException e) {
            return ImportPreview.fileProblem(fileName, new FieldProblem("file", "import.file.unreadable"));
        }
        if (rows.isEmpty()) {
            return ImportPreview.fileProblem(fileName, new FieldProblem("file", "import.file.empty"));
        }
        List<String> missing = requiredColumns.stream()
                .filter(column -> !rows.getFirst().values().containsKey(column)).toList();
        if (!missing.isEmpty()) {
            return ImportPreview.fileProblem(fileName, new FieldProblem("file", "import.file.missing-columns",
                    String.join(", ", missing)));
        }
        if (rows.size() > maxRows) {
            return ImportPreview.fileProblem(fileName, new FieldProblem("file", "import.file.too-many-rows",
                    maxRows));
        }
        return new ImportPreview<>(fileName, check(rows), List.of());
    }

    public ImportPreview<R> commit(String fileName, byte[] content, List<R> approved) {
        ImportPreview<R> preview = preview(fileName, content);
        if (!preview.committable()) {
            throw new ImportRefusedException(preview, false);
        }
        if (!sameOutcome(preview.rows(), approved)) {
            throw new ImportRefusedException(preview, true);
        }
        try {
            write(read(fileName, content), preview.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return preview;
    }

    private List<ImportFile.SourceRow> read(String fileName, byte[] content) throws IOException {
        List<ImportFile.SourceRow> rows = ImportFile.read(fileName, content, maxRows);
        if (aliases.isEmpty()) {
            return rows;
        }
        return rows.stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            row.values().forEach((column, value) -> {
                String name = aliases.getOrDefault(column, column);
                if (!values.containsKey(name) || values.get(name).isBlank()) {
                    values.put(name, value);
                }
            });
            return new ImportFile.SourceRow(row.number(), values);
        }).toList();
    }

    private static boolean sameOutcome(List<? extends ImportRow> now, List<? extends ImportRow> approved) {
        if (approved == null || now.size() != approved.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            ImportRow a = now.get(i);
            ImportRow b = approved.get(i);
            if (a.rowNumber() != b.rowNumber() || a.action() != b.action()
                    || !Objects.equals(a.targetId(), b.targetId()) || !Objects.equals(a.version(), b.version())) {
                return false;
            }
        }
        return true;
    }
}
