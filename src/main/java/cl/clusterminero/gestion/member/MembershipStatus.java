package cl.clusterminero.gestion.member;

import java.util.EnumSet;
import java.util.Set;

/** Where a member stands in the membership lifecycle, and where it may go next. */
public enum MembershipStatus {
    PROSPECT, ACTIVE, SUSPENDED, WITHDRAWN;

    public Set<MembershipStatus> allowedNext() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canBecome(MembershipStatus next) {
        return allowedNext().contains(next);
    }

    public String labelKey() {
        return "member.status." + name();
    }
}
