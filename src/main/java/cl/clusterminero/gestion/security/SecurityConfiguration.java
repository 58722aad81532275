package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through the Vaadin login view, annotation-based view access, and method security so that services
 * enforce roles whatever the view shows. Also: per-account login throttling, idle sessions ended despite heartbeats,
 * a session registry, and the security headers (see docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// @RolesAllowed/@PermitAll/@DenyAll are enforced by the advisor below (services), not by @EnableMethodSecurity's own.
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    /**
     * The Content-Security-Policy the production app works under (the browser journeys run with it). Vaadin's
     * bootstrap page carries inline scripts and its client evaluates server-sent JavaScript with {@code new Function},
     * and Lumo sets inline styles, hence 'unsafe-inline' and 'unsafe-eval'; no user text is ever rendered as markup.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, Clock clock,
                                            SessionVersions sessionVersions,
                                            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll()
                // Spring Boot's error page (no stack trace, no message): a refused request keeps its status (403)
                // instead of becoming a redirect to the login page.
                .requestMatchers("/error").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Written before the request runs: written at commit, they went missing from Vaadin's pages.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Session registry (used to end a disabled user's sessions): every login registered, no limit per user.
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.addFilterBefore(new IdleSessionFilter(idleTimeout, clock), SecurityContextHolderFilter.class);
        // Sessions of users disabled or changed through another node end here (session_version, V10).
        http.addFilterBefore(new SessionVersionFilter(sessionVersions), SecurityContextHolderFilter.class);
        http.addFilterAfter(loginCsrfFilter(), CsrfFilter.class);
        // Unknown addresses reach Vaadin (for logged-in users) so that they get the not-found page, not an empty 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * Vaadin's configurer exempts the login page's path from CSRF checks, and with it the login POST, which would
     * let another site log a victim into an account of the attacker's choosing (login CSRF). This filter checks the
     * token (the one Vaadin puts in the page's meta tags, which the login form posts) on POST /login again.
     */
    private static CsrfFilter loginCsrfFilter() {
        CsrfFilter filter = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        filter.setRequireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                "/login"));
        filter.setRequestHandler(new XorCsrfTokenRequestAttributeHandler());
        filter.setBeanName("loginCsrfFilter"); // its own "already filtered" marker, distinct from the main CsrfFilter
        return filter;
    }

    /**
     * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on the application's
     * beans except Vaadin components. Views carry the same annotations for Vaadin's navigation access control, which
     * checks them before a view is created; proxying every view as well bought nothing and cost about a third of the
     * CPU of opening a view: each new view instance had all advisors matched against its hundreds of inherited
     * methods (docs/performance.md, "CPU per request"). Services keep their checks, proven by the service × role
     * matrix tests.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationOutsideViews() {
        Pointcut annotated = Pointcuts.union(annotatedClassOrMethod(RolesAllowed.class),
                Pointcuts.union(annotatedClassOrMethod(PermitAll.class), annotatedClassOrMethod(DenyAll.class)));
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(notAComponent).intersection(annotated), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    private static Pointcut annotatedClassOrMethod(Class<? extends Annotation> annotation) {
        return Pointcuts.union(new AnnotationMatchingPointcut(annotation, true),
                new AnnotationMatchingPointcut(null, annotation, true));
    }

    /** Delegating encoder: bcrypt today, with the algorithm stored in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The password check, wrapped in the per-account login throttle (the only provider Spring Security uses). */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle);
    }

    /** Every logged-in session, by principal (AppUserPrincipal equals by user name), so sessions can be ended. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when servlet sessions end, so it does not keep dead sessions. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
