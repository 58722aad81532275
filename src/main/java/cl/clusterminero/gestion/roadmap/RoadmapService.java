package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap as everyone reads it (axes with their progress, initiatives with progress and health, computed in
 * SQL), and initiatives as program managers and the admin change them, within the row-level rule.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final InitiativeRepository initiatives;
    private final RoadmapQueries queries;
    private final InitiativeAccess access;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, InitiativeRepository initiatives, RoadmapQueries queries,
                   InitiativeAccess access, CurrentUser currentUser, Validator validator, Clock clock) {
        this.roadmaps = roadmaps;
        this.initiatives = initiatives;
        this.queries = queries;
        this.access = access;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<RoadmapOption> roadmaps() {
        return roadmaps.options();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<AxisOption> axes(long roadmapId) {
        return roadmaps.axes(roadmapId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<AxisProgress> axisProgress(long roadmapId) {
        return queries.axes(roadmapId, today());
    }

    /** Progress per program (average of its initiatives), for the programs list. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public java.util.Map<Long, Integer> programProgress(java.util.Collection<Long> programIds) {
        return queries.programProgress(programIds, today());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<InitiativeRow> initiatives(InitiativeFilter filter, Pageable pageable) {
        return queries.initiatives(filter, pageable, today());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public long countInitiatives(InitiativeFilter filter) {
        return queries.count(filter, today());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public InitiativeDetails initiative(long id) {
        Initiative initiative = find(id);
        InitiativeRow row = queries.initiative(id, today()).orElseThrow();
        String roadmapName = roadmaps.findById(initiative.getRoadmapId()).map(Roadmap::getName).orElse("");
        return new InitiativeDetails(id, initiative.getVersion(), initiative.getRoadmapId(), roadmapName, row.axisName(), row.programName(),
                initiative.toDraft(), row.progress(), row.health(), access.mayChange(initiative.getProgramId()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<MilestoneRow> milestones(long initiativeId) {
        return queries.milestones(initiativeId, today());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<ProgressEntry> timeline(long initiativeId) {
        return queries.timeline(initiativeId);
    }

    /** A new initiative; a program manager may only create it inside a program they manage. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public long createInitiative(long roadmapId, InitiativeDraft draft) {
        access.requireChange(draft.programId(), "a new initiative");
        refuseIfInvalid(roadmapId, draft, null);
        Initiative initiative = new Initiative(roadmapId, clock.instant(), currentUser.require().getUsername());
        initiative.apply(draft);
        return initiatives.saveAndFlush(initiative).getId();
    }

    /** Changes an initiative's data; its program and the one it moves to must both be the manager's. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public void updateInitiative(long id, long expectedVersion, InitiativeDraft draft) {
        Initiative initiative = find(id);
        access.requireChange(initiative.getProgramId(), "initiative " + id);
        access.requireChange(draft.programId(), "initiative " + id);
        if (initiative.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Initiative.class, id);
        }
        refuseIfInvalid(initiative.getRoadmapId(), draft, id);
        initiative.apply(draft);
        initiative.touch(clock.instant(), currentUser.require().getUsername());
        initiatives.saveAndFlush(initiative);
    }

    private void refuseIfInvalid(long roadmapId, InitiativeDraft draft, Long id) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        if (draft.code() != null && (id == null ? initiatives.existsByRoadmapIdAndCode(roadmapId, draft.code().strip())
                : initiatives.existsByRoadmapIdAndCodeAndIdNot(roadmapId, draft.code().strip(), id))) {
            problems.add(new FieldProblem("code", "initiative.code.duplicate"));
        }
        if (draft.startDate() != null && draft.targetDate() != null && draft.targetDate().isBefore(draft.startDate())) {
            problems.add(new FieldProblem("targetDate", "validation.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NoSuchElementException("No initiative " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
