package cl.clusterminero.gestion.activity;

import java.time.LocalDate;
import java.time.LocalTime;

/** A business-round meeting a member had, with the other party and the outcome (null until recorded). */
public record MemberMeeting(long activityId, String activityTitle, LocalDate date, LocalTime slot,
                            String counterpartName, MeetingOutcome outcome, Long contractAmount) {
}
