package cl.clusterminero.gestion.roadmap;

/** A strategic axis to pick. */
public record AxisOption(Long id, String code, String name) {

    public String label() {
        return code + " · " + name;
    }
}
