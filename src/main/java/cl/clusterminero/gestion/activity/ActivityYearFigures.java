package cl.clusterminero.gestion.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A year of the cluster's own work, for the management indicators: activities held by kind; registrations and
 * attendance at them (and how many member organisations attended); business-round meetings held and their outcomes
 * (meetings without a recorded outcome apart) with the CLP of the contracts signed; challenges published, awarded
 * (awarded or pilot) and closed without award in the year.
 */
public record ActivityYearFigures(int year, Map<ActivityKind, Long> heldByKind, long registered, long attended,
                                  long attendingMembers, long meetings, Map<MeetingOutcome, Long> meetingsByOutcome,
                                  long meetingsWithoutOutcome, long contractClp, long challengesPublished,
                                  long challengesAwarded, long challengesClosed) {

    public long held() {
        return heldByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Attended over registered at the year's held activities, in percent with one decimal; null with none. */
    public BigDecimal participationRate() {
        return registered == 0 ? null : BigDecimal.valueOf(attended).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP);
    }
}
