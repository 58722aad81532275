package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MyMilestoneRow;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs the current user's attention: overdue milestones in the programs a manager runs, the resolutions a
 * user owns (and which of them are overdue), and, for the board, the initiatives waiting for its decision.
 */
@Service
@Transactional(readOnly = true)
public class AttentionService {

    private final MilestoneService milestoneService;
    private final ReviewService reviewService;
    private final BoardQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttentionService(MilestoneService milestoneService, ReviewService reviewService, BoardQueries queries,
                     CurrentUser currentUser, Clock clock) {
        this.milestoneService = milestoneService;
        this.reviewService = reviewService;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<Attention> forCurrentUser() {
        AppUserPrincipal user = currentUser.require();
        List<Attention> items = new ArrayList<>();
        if (user.hasRole(Role.PROGRAM_MANAGER)) {
            long overdue = milestoneService.myMilestones().stream().filter(MyMilestoneRow::overdue).count();
            if (overdue > 0) {
                items.add(new Attention("attention.overdue-milestones", overdue, "mis-hitos"));
            }
        }
        int[] resolutions = queries.openResolutionCounts(user.id(), LocalDate.now(clock));
        if (resolutions[1] > 0) {
            items.add(new Attention("attention.overdue-resolutions", resolutions[1], "mis-acuerdos"));
        }
        if (resolutions[0] - resolutions[1] > 0) {
            items.add(new Attention("attention.open-resolutions", resolutions[0] - resolutions[1], "mis-acuerdos"));
        }
        if (user.hasRole(Role.BOARD)) {
            long queue = reviewService.queueSize();
            if (queue > 0) {
                items.add(new Attention("attention.review-queue", queue, "directorio/revisiones"));
            }
        }
        return items;
    }
}
