package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The service × role matrix: every public method of every {@code @Service} bean of the application, its declared
 * roles compared with the expected matrix in {@code src/test/resources/security/service-roles.txt}, and then every
 * method called through its Spring proxy as every role it does not allow and as an anonymous visitor, with dummy
 * arguments: method security must refuse the call before the body runs (a body that ran would fail differently).
 */
@IntegrationTest
class SecurityServiceMatrixTest {

    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT,
            Roles.PROGRAM_MANAGER);

    @Autowired ApplicationContext context;

    @AfterEach
    void clearLogin() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_public_service_method_declares_exactly_the_roles_of_the_matrix() throws IOException {
        Map<String, String> expected = expectedMatrix();
        Map<String, String> actual = new TreeMap<>();
        services().forEach((bean, type) -> publicMethods(type)
                .forEach(method -> actual.put(key(type, method), declaredRoles(type, method))));
        assertThat(actual.keySet()).as("public service methods (a new one needs a line in service-roles.txt)")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> mismatches = new ArrayList<>();
        actual.forEach((method, roles) -> {
            if (!roles.equals(expected.get(method))) {
                mismatches.add(method + ": declares " + roles + ", matrix says " + expected.get(method));
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(actual.entrySet().stream().filter(e -> e.getValue().equals("UNSECURED")).map(Map.Entry::getKey))
                .as("only the login's user lookup runs without a role")
                .containsExactly("DatabaseUserDetailsService.loadUserByUsername(String)");
        assertThat(actual.entrySet().stream().filter(e -> e.getValue().equals("PERMIT_ALL")).map(Map.Entry::getKey))
                .as("only the mail's signed unsubscribe link runs for anyone (the token names the user)")
                .containsExactly("NotificationService.unsubscribe(String)");
    }

    @Test
    void every_refused_role_and_anonymous_visitors_are_refused_before_the_method_runs() throws IOException {
        Map<String, String> expected = expectedMatrix();
        List<String> problems = new ArrayList<>();
        int refusals = 0;
        for (Map.Entry<String, Class<?>> service : services().entrySet()) {
            Object bean = context.getBean(service.getKey());
            for (Method method : publicMethods(service.getValue())) {
                String key = key(service.getValue(), method);
                String allowed = expected.get(key);
                if (allowed == null || allowed.equals("UNSECURED") || allowed.equals("PERMIT_ALL")) {
                    continue;
                }
                Set<String> allowedRoles = Set.of(allowed.split(","));
                for (String role : ROLES) {
                    if (!allowedRoles.contains(role)) {
                        logInAs(role);
                        refusals++;
                        String outcome = call(bean, method);
                        if (!outcome.equals("refused")) {
                            problems.add(key + " as " + role + ": " + outcome);
                        }
                    }
                }
                logInAnonymously();
                refusals++;
                String outcome = call(bean, method);
                if (!outcome.equals("refused")) {
                    problems.add(key + " as anonymous: " + outcome);
                }
                SecurityContextHolder.clearContext();
                refusals++;
                outcome = call(bean, method);
                if (!outcome.equals("refused")) {
                    problems.add(key + " without any login: " + outcome);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(refusals).as("refused calls tried").isGreaterThan(200);
    }

    private static String call(Object bean, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(SecurityServiceMatrixTest::dummy).toArray();
        try {
            Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            proxied.invoke(bean, args);
            return "ran without refusal";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException) {
                return "refused";
            }
            return "ran and failed with " + cause;
        } catch (ReflectiveOperationException e) {
            return "could not be called: " + e;
        }
    }

    private static Object dummy(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0d;
        }
        throw new IllegalArgumentException("No dummy for " + type);
    }

    private static void logInAs(String role) {
        AppUserPrincipal principal = new AppUserPrincipal(-1, "matriz." + role.toLowerCase(), "Matriz",
                null, true, EnumSet.of(Role.valueOf(role)));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }

    private static void logInAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private Map<String, Class<?>> services() {
        Map<String, Class<?>> services = new TreeMap<>();
        context.getBeansWithAnnotation(Service.class).forEach((name, bean) -> {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (type.getName().startsWith("cl.clusterminero.gestion.")) {
                services.put(name, type);
            }
        });
        assertThat(services).hasSizeGreaterThanOrEqualTo(14);
        return services;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .toList();
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private static String declaredRoles(Class<?> type, Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            return String.join(",", new TreeSet<>(Arrays.asList(roles.value())));
        }
        if (method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class)) {
            return "PERMIT_ALL";
        }
        return "UNSECURED";
    }

    private static Map<String, String> expectedMatrix() throws IOException {
        try (InputStream in = SecurityServiceMatrixTest.class.getResourceAsStream("/security/service-roles.txt")) {
            Map<String, String> matrix = new TreeMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split(" = ");
                        String roles = Arrays.stream(parts[1].trim().split(",")).map(String::trim).sorted()
                                .collect(Collectors.joining(","));
                        matrix.put(parts[0].trim(), roles);
                    });
            return matrix;
        }
    }
}
