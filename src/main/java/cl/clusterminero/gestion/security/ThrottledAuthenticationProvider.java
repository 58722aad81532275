package cl.clusterminero.gestion.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The password check (Spring's DAO provider) behind the per-account throttle: a locked name is refused before its
 * password is even compared, wrong passwords and unknown names count as failures, a success resets the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        throttle.lockRemaining(username).ifPresent(remaining -> {
            throw new LoginThrottledException(remaining);
        });
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException e) {
            // Spring hides an unknown user name behind BadCredentialsException too: both count.
            throttle.recordFailure(username);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.recordSuccess(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
