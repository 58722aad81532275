package cl.clusterminero.gestion.security;

/** A user to pick in a form. */
public record UserOption(Long id, String username, String fullName) {
}
