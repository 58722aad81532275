package cl.clusterminero.gestion.member;

/** How many members match the grid's filter: exactly, about (an estimate), or more than a bound. */
public record MemberCount(long value, Precision precision) {

    public enum Precision { EXACT, ABOUT, MORE_THAN }

    public boolean exact() {
        return precision == Precision.EXACT;
    }
}
