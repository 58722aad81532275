package cl.clusterminero.gestion.member;

/**
 * What the members grid shows: text matched as the beginning of the legal name, trade name or RUT, and optional
 * type, commune, size and status. Null means "any". {@code withoutRecentParticipation}: only members with no
 * contact with the cluster (an attended activity or a held business-round meeting) in the last 12 months.
 */
public record MemberFilter(String text, MemberType type, Commune commune, CompanySize size, MembershipStatus status,
                           boolean withoutRecentParticipation) {

    public static final MemberFilter ALL = new MemberFilter(null, null, null, null, null);

    public MemberFilter(String text, MemberType type, Commune commune, CompanySize size, MembershipStatus status) {
        this(text, type, commune, size, status, false);
    }

    public MemberFilter withText(String newText) {
        return new MemberFilter(newText, type, commune, size, status, withoutRecentParticipation);
    }
}
