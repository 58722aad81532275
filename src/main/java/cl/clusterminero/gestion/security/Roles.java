package cl.clusterminero.gestion.security;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} on services and views. They must equal the names
 * of {@link Role} (a test checks it).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String BOARD = "BOARD";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";

    private Roles() {
    }
}
