package cl.clusterminero.gestion.shared.demo;

/**
 * One feature's part of the demo data. Implementations must be idempotent: the app seeds at every start under the
 * {@code demo} profile and must leave existing rows (and users' edits to them) alone.
 */
public interface DemoSeed {

    /** Lower runs first; features that refer to others' data (members, programs) pick a higher number. */
    int order();

    void seed();
}
