package cl.clusterminero.gestion.shared.transfer;

/**
 * A commit was asked for a file with problems, or for a file whose outcome changed since the user saw its dry run
 * (someone edited a record meanwhile): nothing was written. The fresh preview says why.
 */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportPreview<?> preview;
    private final boolean changedSinceCheck;

    public ImportRefusedException(ImportPreview<?> preview, boolean changedSinceCheck) {
        super(changedSinceCheck ? "Import refused: the data changed since the dry run"
                : "Import refused: " + preview.count(ImportAction.REJECT) + " rows with problems");
        this.preview = preview;
        this.changedSinceCheck = changedSinceCheck;
    }

    public ImportPreview<?> preview() {
        return preview;
    }

    public boolean changedSinceCheck() {
        return changedSinceCheck;
    }
}
