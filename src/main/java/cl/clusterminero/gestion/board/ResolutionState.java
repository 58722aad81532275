package cl.clusterminero.gestion.board;

import java.time.LocalDate;

/** A resolution's state as users see it: open, done, or overdue (open past its deadline; computed, not stored). */
public enum ResolutionState {
    OPEN, DONE, OVERDUE;

    public String labelKey() {
        return "resolution.state." + name();
    }

    static ResolutionState of(boolean done, LocalDate deadline, LocalDate today) {
        if (done) {
            return DONE;
        }
        return deadline.isBefore(today) ? OVERDUE : OPEN;
    }
}
