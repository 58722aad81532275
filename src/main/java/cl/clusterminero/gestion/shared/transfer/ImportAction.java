package cl.clusterminero.gestion.shared.transfer;

/** What an import row would do: create a member, update the one with its RUT, or nothing because of problems. */
public enum ImportAction {
    CREATE, UPDATE, REJECT
}
