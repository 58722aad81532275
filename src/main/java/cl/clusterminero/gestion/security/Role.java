package cl.clusterminero.gestion.security;

/** The four roles of the corporation's people; a user may hold several. Names match {@link Roles}. */
public enum Role {
    ADMIN,
    BOARD,
    SECRETARIAT,
    PROGRAM_MANAGER;

    /** The i18n key of the role's display name, e.g. {@code role.BOARD} = "Directorio". */
    public String labelKey() {
        return "role." + name();
    }
}
