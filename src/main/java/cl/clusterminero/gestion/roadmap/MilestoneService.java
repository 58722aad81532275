package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones and their progress. Every change of a milestone's status or percentage is a dated, signed progress
 * update with a comment, kept as history. Only the admin and the managers of the initiative's program may change
 * a milestone; a stale version is refused.
 */
@Service
@Transactional
public class MilestoneService {

    /** "Mis hitos" shows what is overdue and what is due within this many days. */
    public static final int MY_MILESTONES_DAYS = 30;

    private final MilestoneRepository milestones;
    private final InitiativeRepository initiatives;
    private final ProgressUpdateRepository updates;
    private final RoadmapQueries queries;
    private final InitiativeAccess access;
    private final ProgramService programService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, InitiativeRepository initiatives, ProgressUpdateRepository updates,
                     RoadmapQueries queries, InitiativeAccess access, ProgramService programService,
                     CurrentUser currentUser, Validator validator, Clock clock) {
        this.milestones = milestones;
        this.initiatives = initiatives;
        this.updates = updates;
        this.queries = queries;
        this.access = access;
        this.programService = programService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** A manager's overdue milestones and those due within {@code days}, for the weekly digest. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<MyMilestoneRow> dueFor(long managerId, int days) {
        LocalDate today = LocalDate.now(clock);
        return queries.dueMilestones(programService.managedBy(managerId), today, today.plusDays(days));
    }

    /** The current user's overdue and next-30-day milestones, in the programs they manage. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public List<MyMilestoneRow> myMilestones() {
        LocalDate today = LocalDate.now(clock);
        return queries.dueMilestones(programService.managedByCurrentUser(), today,
                today.plusDays(MY_MILESTONES_DAYS));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public long addMilestone(long initiativeId, MilestoneDraft draft) {
        Initiative initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> new NoSuchElementException("No initiative " + initiativeId));
        access.requireChange(initiative.getProgramId(), "a milestone of initiative " + initiativeId);
        String title = checkedPlan(draft);
        Milestone milestone = new Milestone(initiativeId, title, draft.dueDate(), draft.weight(), clock.instant(),
                currentUser.require().getUsername());
        milestone.plan(title, draft.dueDate(), draft.weight(), blankToNull(draft.evidenceUrl()));
        return milestones.saveAndFlush(milestone).getId();
    }

    /** Changes a milestone's plan (title, due date, weight, evidence link) from the version the user saw. */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public void updatePlan(long milestoneId, long expectedVersion, MilestoneDraft draft) {
        Milestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new NoSuchElementException("No milestone " + milestoneId));
        Initiative initiative = initiatives.findById(milestone.getInitiativeId()).orElseThrow();
        access.requireChange(initiative.getProgramId(), "milestone " + milestoneId);
        if (milestone.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Milestone.class, milestoneId);
        }
        milestone.plan(checkedPlan(draft), draft.dueDate(), draft.weight(), blankToNull(draft.evidenceUrl()));
        milestones.saveAndFlush(milestone);
    }

    private String checkedPlan(MilestoneDraft draft) {
        InvalidInputException.refuseIfAny(FieldProblem.of(validator.validate(draft)));
        return draft.title().strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Records progress on a milestone: a new status and/or percentage (0–100), a completion date when done (not in
     * the future), and a comment. Writes the milestone and its progress update together.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public void recordProgress(long milestoneId, long expectedVersion, ProgressDraft draft) {
        Milestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new NoSuchElementException("No milestone " + milestoneId));
        Initiative initiative = initiatives.findById(milestone.getInitiativeId()).orElseThrow();
        access.requireChange(initiative.getProgramId(), "milestone " + milestoneId);
        if (milestone.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Milestone.class, milestoneId);
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        int percent = draft.status() == MilestoneStatus.DONE ? 100 : draft.percent() == null ? -1 : draft.percent();
        if (percent < 0 || percent > 100) {
            problems.add(new FieldProblem("percent", "milestone.percent.range"));
        }
        if (draft.status() == MilestoneStatus.DONE) {
            if (draft.completedDate() == null) {
                problems.add(new FieldProblem("completedDate", "milestone.completed-date.required"));
            } else if (draft.completedDate().isAfter(today)) {
                problems.add(new FieldProblem("completedDate", "validation.not-future"));
            }
        }
        String comment = draft.comment() == null ? "" : draft.comment().strip();
        if (problems.isEmpty() && draft.status() == milestone.getStatus() && percent == milestone.getPercentComplete()) {
            problems.add(new FieldProblem("percent", "progress.no-change"));
        }
        InvalidInputException.refuseIfAny(problems);
        AppUserPrincipal user = currentUser.require();
        Instant now = clock.instant();
        MilestoneStatus oldStatus = milestone.getStatus();
        int oldPercent = milestone.getPercentComplete();
        milestone.progress(draft.status(), percent, draft.completedDate(), now, user.getUsername());
        milestones.saveAndFlush(milestone);
        updates.save(new ProgressUpdate(milestoneId, initiative.getId(), today, oldStatus, draft.status(), oldPercent,
                percent, comment, user.getUsername(), user.fullName(), now));
    }
}
