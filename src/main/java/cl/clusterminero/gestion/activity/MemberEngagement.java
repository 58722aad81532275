package cl.clusterminero.gestion.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's engagement with the cluster: its activities, business-round meetings and contracts, and the last
 * contact (latest attended activity or held business-round meeting; null when none).
 */
public record MemberEngagement(List<MemberActivity> activities, List<MemberMeeting> meetings,
                               List<SignedContract> contracts, LocalDate lastContact) {
}
