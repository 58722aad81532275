package cl.clusterminero.gestion.activity;

import java.time.LocalTime;

/** A business-round meeting as its activity's page lists it, with the outcome once recorded. */
public record BusinessMeetingRow(long id, long version, long miningCompanyId, String miningCompanyName,
                                 long supplierId, String supplierName, int tableNumber, LocalTime slot,
                                 MeetingOutcome outcome, Long contractAmount, String outcomeNote) {
}
