package cl.clusterminero.gestion.security;

import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Builds the principal of {@link WithAppUser}. When the username exists in the test database, the principal
 * carries that user's id, so that row-level rules keyed on user ids (program managers) apply as in production.
 */
class WithAppUserSecurityContextFactory implements WithSecurityContextFactory<WithAppUser> {

    @Autowired(required = false)
    JdbcTemplate jdbc;

    @Override
    public SecurityContext createSecurityContext(WithAppUser annotation) {
        long id = -1;
        if (jdbc != null) {
            List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class,
                    annotation.username());
            id = ids.isEmpty() ? -1 : ids.getFirst();
        }
        AppUserPrincipal principal = new AppUserPrincipal(id, annotation.username(), annotation.fullName(), null, true,
                EnumSet.copyOf(List.of(annotation.value())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }

    static AppUserPrincipal principal(String username, String fullName, Role... roles) {
        return new AppUserPrincipal(-1, username, fullName, null, true, EnumSet.copyOf(List.of(roles)));
    }
}
