package cl.clusterminero.gestion.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may open each route, written out by hand from DESIGN.md's roles table: the route × role matrix the tests check
 * (browserless as each role, and over HTTP as an anonymous visitor against the production jar). A route added to the
 * application without a line here fails {@code SecurityRouteMatrixTest}.
 */
public final class SecurityRouteMatrix {

    public static final String ANONYMOUS = "ANONYMOUS";
    public static final Set<String> EVERY_ROLE = Set.of(Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT,
            Roles.PROGRAM_MANAGER);
    public static final Set<String> PRINCIPALS = Set.of(ANONYMOUS, Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT,
            Roles.PROGRAM_MANAGER);

    /** Route template → who may open it (roles, or ANONYMOUS for a visitor who has not logged in). */
    public static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("login", PRINCIPALS);
        EXPECTED.put("", EVERY_ROLE);
        EXPECTED.put("hoja-de-ruta", EVERY_ROLE);
        EXPECTED.put("iniciativas/:id", EVERY_ROLE);
        EXPECTED.put("programas", EVERY_ROLE);
        EXPECTED.put("programas/:id", EVERY_ROLE);
        EXPECTED.put("socios", EVERY_ROLE);
        EXPECTED.put("socios/:id", EVERY_ROLE);
        EXPECTED.put("socios/importar", Set.of(Roles.ADMIN, Roles.SECRETARIAT));
        EXPECTED.put("compras-locales", EVERY_ROLE);
        EXPECTED.put("compras-locales/:id", EVERY_ROLE);
        EXPECTED.put("compras-locales/cluster", EVERY_ROLE);
        EXPECTED.put("compras-locales/socio/:memberId", EVERY_ROLE);
        EXPECTED.put("compras-locales/importar", Set.of(Roles.ADMIN, Roles.SECRETARIAT));
        EXPECTED.put("mis-hitos", Set.of(Roles.ADMIN, Roles.PROGRAM_MANAGER));
        EXPECTED.put("mis-acuerdos", EVERY_ROLE);
        EXPECTED.put("directorio/revisiones", Set.of(Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT));
        EXPECTED.put("directorio/sesiones", EVERY_ROLE);
        EXPECTED.put("directorio/sesiones/:id", EVERY_ROLE);
        EXPECTED.put("actividades", EVERY_ROLE);
        EXPECTED.put("actividades/proximas", EVERY_ROLE);
        EXPECTED.put("actividades/:id", EVERY_ROLE);
        EXPECTED.put("actividades/:id/asistencia", Set.of(Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER));
        EXPECTED.put("desafios", EVERY_ROLE);
        EXPECTED.put("desafios/:id", EVERY_ROLE);
        EXPECTED.put("indicadores", EVERY_ROLE);
        EXPECTED.put("hojas-de-ruta", Set.of(Roles.ADMIN));
        EXPECTED.put("usuarios", Set.of(Roles.ADMIN));
        EXPECTED.put("auditoria", Set.of(Roles.ADMIN));
        EXPECTED.put("cambiar-contrasena", EVERY_ROLE);
        EXPECTED.put("preferencias", EVERY_ROLE);
        EXPECTED.put("correos", Set.of(Roles.ADMIN));
        EXPECTED.put("baja", PRINCIPALS);
    }

    private SecurityRouteMatrix() {
    }

    /** An address for the template: parameters replaced by an id that exists nowhere. */
    public static String sampleAddress(String template) {
        return template.replaceAll(":[A-Za-z]+", "987654321");
    }
}
