package cl.clusterminero.gestion.activity;

/** A contact registered to an activity, with their member and attendance (null until recorded). */
public record ParticipantRow(long id, long version, long memberId, String memberName, long contactId,
                             String contactName, String email, Attendance attendance) {
}
