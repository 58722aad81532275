package cl.clusterminero.gestion.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A user as the admin enters it; the username is fixed once created. */
public record UserDraft(
        String username,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String fullName,
        @Size(max = 254, message = "{users.email.invalid}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{users.email.invalid}") String email,
        @NotEmpty(message = "{users.roles.required}") Set<Role> roles) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        // A blank e-mail field means "no e-mail", which the address rule would otherwise refuse.
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
