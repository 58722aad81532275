package cl.clusterminero.gestion.shared.audit;

/** A logged-in principal that can sign the audit history with a person's name (the security feature's user). */
public interface Auditor {

    String getUsername();

    String fullName();
}
