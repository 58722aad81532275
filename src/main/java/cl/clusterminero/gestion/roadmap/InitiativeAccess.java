package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The row-level rule of the roadmap: the admin changes any initiative; a program manager only those of programs
 * they manage; nobody else changes any. A refusal is logged with who tried what, whatever the view showed.
 */
@Component
class InitiativeAccess {

    private static final Logger log = LoggerFactory.getLogger(InitiativeAccess.class);

    private final CurrentUser currentUser;
    private final ProgramService programService;

    InitiativeAccess(CurrentUser currentUser, ProgramService programService) {
        this.currentUser = currentUser;
        this.programService = programService;
    }

    boolean mayChange(Long programId) {
        AppUserPrincipal user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.PROGRAM_MANAGER) && programId != null
                && programService.managedByCurrentUser().contains(programId);
    }

    void requireChange(Long programId, String what) {
        if (!mayChange(programId)) {
            log.warn("Refused: user '{}' tried to change {} of program {}", currentUser.require().getUsername(), what,
                    programId);
            throw new AccessDeniedException("Not a manager of program " + programId);
        }
    }
}
