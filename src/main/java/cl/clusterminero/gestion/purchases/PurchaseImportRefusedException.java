package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.ImportAction;

/**
 * A commit was asked for a file with problems, or for one whose outcome changed since the dry run (someone edited
 * or added a report meanwhile): nothing was written. The fresh preview says why.
 */
public class PurchaseImportRefusedException extends RuntimeException {

    private final transient PurchaseImportPreview preview;
    private final boolean changedSinceCheck;

    public PurchaseImportRefusedException(PurchaseImportPreview preview, boolean changedSinceCheck) {
        super(changedSinceCheck ? "Import refused: the ledger changed since the dry run"
                : "Import refused: " + preview.count(ImportAction.REJECT) + " rows with problems");
        this.preview = preview;
        this.changedSinceCheck = changedSinceCheck;
    }

    public PurchaseImportPreview preview() {
        return preview;
    }

    public boolean changedSinceCheck() {
        return changedSinceCheck;
    }
}
