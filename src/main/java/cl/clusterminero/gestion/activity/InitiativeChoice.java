package cl.clusterminero.gestion.activity;

/** A roadmap initiative an activity may serve, to pick in the activity form. */
public record InitiativeChoice(long id, String label) {
}
