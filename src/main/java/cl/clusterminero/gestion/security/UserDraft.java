package cl.clusterminero.gestion.security;

import java.util.Set;

/** A user as the admin enters it; the username is fixed once created. */
public record UserDraft(String username, String fullName, String email, Set<Role> roles) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
