package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.audit.Auditor;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security keeps it in the session: no entity, only what the UI and rules need. */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer, Auditor {

    private final long id;
    private final String username;
    private final String fullName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final long sessionVersion;
    private String passwordHash;

    AppUserPrincipal(long id, String username, String fullName, String passwordHash, boolean enabled,
                     Set<Role> roles) {
        this(id, username, fullName, passwordHash, enabled, roles, false);
    }

    AppUserPrincipal(long id, String username, String fullName, String passwordHash, boolean enabled,
                     Set<Role> roles, boolean mustChangePassword) {
        this(id, username, fullName, passwordHash, enabled, roles, mustChangePassword, 0);
    }

    AppUserPrincipal(long id, String username, String fullName, String passwordHash, boolean enabled,
                     Set<Role> roles, boolean mustChangePassword, long sessionVersion) {
        this.sessionVersion = sessionVersion;
        this.mustChangePassword = mustChangePassword;
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** The admin reset the password at login time: the user must choose a new one before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The user's session version when this login happened; a higher one in the database ends the session. */
    long sessionVersion() {
        return sessionVersion;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && that.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + "]";
    }
}
