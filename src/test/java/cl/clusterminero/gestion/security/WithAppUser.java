package cl.clusterminero.gestion.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a logged-in user of the given roles, with the same principal type the real login creates. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithAppUserSecurityContextFactory.class)
public @interface WithAppUser {

    Role[] value();

    String username() default "prueba";

    String fullName() default "Persona de Prueba";
}
