package cl.clusterminero.gestion.member;

/** A commit was asked for a file with problems: nothing was written. The preview says why. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super("Import refused: " + preview.count(ImportAction.REJECT) + " rows with problems");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
