package cl.clusterminero.gestion.program;

/** A program as its editor loads it, with the version a save must start from. */
public record ProgramDetails(Long id, long version, ProgramDraft data, String managerNames) {
}
