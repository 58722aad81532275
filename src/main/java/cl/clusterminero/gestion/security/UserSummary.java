package cl.clusterminero.gestion.security;

import java.util.EnumSet;
import java.util.Set;

/** A read-only row of the users grid. */
public record UserSummary(Long id, String username, String fullName, String email, boolean enabled, Set<Role> roles) {

    /** Used by the JPQL constructor expression; roles are filled in by a second query for the whole page. */
    public UserSummary(Long id, String username, String fullName, String email, boolean enabled) {
        this(id, username, fullName, email, enabled, EnumSet.noneOf(Role.class));
    }

    UserSummary withRoles(Set<Role> newRoles) {
        return new UserSummary(id, username, fullName, email, enabled, newRoles);
    }
}
