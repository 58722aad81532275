package cl.clusterminero.gestion.program;

import java.util.Collection;
import java.util.Map;

/**
 * A program's progress, which the roadmap computes from its initiatives: the roadmap implements this, so the programs
 * list reads progress without the program feature depending on the roadmap (which depends on programs).
 */
public interface ProgramProgress {

    /** Progress (0–100) per program id, for the given programs; a program without initiatives may be absent (0 %). */
    Map<Long, Integer> progressOf(Collection<Long> programIds);
}
