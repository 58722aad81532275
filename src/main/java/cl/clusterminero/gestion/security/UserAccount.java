package cl.clusterminero.gestion.security;

import java.util.Set;

/** A user as the admin's editor shows it. */
public record UserAccount(long id, long version, String username, String fullName, String email, Set<Role> roles,
                          boolean enabled, boolean mustChangePassword) {
}
