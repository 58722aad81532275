package cl.clusterminero.gestion.activity;

import java.time.LocalTime;

/** A one-to-one meeting to schedule in a business round: who meets whom, at which table and time slot. */
public record BusinessMeetingDraft(Long miningCompanyId, Long supplierId, Integer tableNumber, LocalTime slot) {
}
