package cl.clusterminero.gestion.security;

import java.util.EnumSet;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithAppUserSecurityContextFactory implements WithSecurityContextFactory<WithAppUser> {

    @Override
    public SecurityContext createSecurityContext(WithAppUser annotation) {
        AppUserPrincipal principal = principal(annotation.username(), annotation.fullName(), annotation.value());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }

    static AppUserPrincipal principal(String username, String fullName, Role... roles) {
        return new AppUserPrincipal(-1, username, fullName, null, true, EnumSet.copyOf(List.of(roles)));
    }
}
