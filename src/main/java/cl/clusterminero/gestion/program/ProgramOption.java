package cl.clusterminero.gestion.program;

/** A program to pick in filters and forms. */
public record ProgramOption(Long id, String code, String name) {

    public String label() {
        return code + " · " + name;
    }
}
