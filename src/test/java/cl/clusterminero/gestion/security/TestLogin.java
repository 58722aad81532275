package cl.clusterminero.gestion.security;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs part of a test as another existing user, for rules that involve two people (who flags, who reviews). */
public final class TestLogin {

    private TestLogin() {
    }

    public static <T> T as(JdbcTemplate jdbc, String username, Role role, Supplier<T> work) {
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        String fullName = jdbc.queryForObject("select full_name from app_user where id = ?", String.class, id);
        AppUserPrincipal principal = new AppUserPrincipal(id, username, fullName, null, true,
                EnumSet.copyOf(List.of(role)));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
