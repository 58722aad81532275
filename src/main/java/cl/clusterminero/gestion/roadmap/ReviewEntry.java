package cl.clusterminero.gestion.roadmap;

import java.time.Instant;

/** One review in an initiative's review history, with the reviewer's full name. */
public record ReviewEntry(long id, ReviewDecision decision, String comment, String reviewerName, Instant reviewedAt) {
}
