package cl.clusterminero.gestion.member;

/**
 * What the members grid shows: text matched as the beginning of the legal name, trade name or RUT, and optional
 * type, commune, size and status. Null means "any".
 */
public record MemberFilter(String text, MemberType type, Commune commune, CompanySize size, MembershipStatus status) {

    public static final MemberFilter ALL = new MemberFilter(null, null, null, null, null);

    public MemberFilter withText(String newText) {
        return new MemberFilter(newText, type, commune, size, status);
    }
}
