package cl.clusterminero.gestion.member;

/** Tipo de socio. */
public enum MemberType {
    MINING_COMPANY, SUPPLIER, ACADEMIA, PUBLIC_BODY, MUNICIPALITY, TRADE_ASSOCIATION, OTHER;

    public String labelKey() {
        return "member.type." + name();
    }
}
