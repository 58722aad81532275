package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.program.ProgramProgress;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchWords;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap as everyone reads it (axes with their progress, initiatives with progress and health, computed in
 * SQL), and initiatives as program managers and the admin change them, within the row-level rule.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class RoadmapService implements ProgramProgress {

    private final RoadmapRepository roadmaps;
    private final StrategicAxisRepository axisRepository;
    private final InitiativeRepository initiatives;
    private final RoadmapQueries queries;
    private final InitiativeAccess access;
    private final MemberService memberService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final AuditTrail auditTrail;

    RoadmapService(RoadmapRepository roadmaps, StrategicAxisRepository axisRepository,
                   InitiativeRepository initiatives, RoadmapQueries queries, InitiativeAccess access,
                   MemberService memberService, CurrentUser currentUser,
                   Validator validator, Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.memberService = memberService;
        this.roadmaps = roadmaps;
        this.axisRepository = axisRepository;
        this.initiatives = initiatives;
        this.queries = queries;
        this.access = access;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    public List<RoadmapOption> roadmaps() {
        return roadmaps.options();
    }

    public List<AxisOption> axes(long roadmapId) {
        return roadmaps.axes(roadmapId);
    }

    /** The current roadmap's summary for the dashboard; empty when no roadmap is current. */
    public Optional<RoadmapSummary> currentSummary() {
        return roadmaps.options().stream().filter(RoadmapOption::current).findFirst().map(this::summary);
    }

    /** A roadmap at a glance (what the dashboard shows for the current one): five SQL aggregates. */
    public RoadmapSummary summary(long roadmapId) {
        return roadmaps.options().stream().filter(option -> option.id() == roadmapId).findFirst()
                .map(this::summary).orElseThrow(() -> new NoSuchElementException("No roadmap " + roadmapId));
    }

    private RoadmapSummary summary(RoadmapOption roadmap) {
        LocalDate today = today();
        int[] deadlines = queries.milestoneDeadlines(roadmap.id(), today, MilestoneService.MY_MILESTONES_DAYS);
        return new RoadmapSummary(roadmap.id(), roadmap.name(), queries.axes(roadmap.id(), today),
                queries.initiativesByHealth(roadmap.id(), today), queries.initiativesByStatus(roadmap.id()),
                deadlines[0], deadlines[1], queries.latestUpdates(roadmap.id(), 6));
    }

    public List<AxisProgress> axisProgress(long roadmapId) {
        return queries.axes(roadmapId, today());
    }

    /** Progress per program (average of its initiatives), for the programs list. */
    @Override
    public Map<Long, Integer> progressOf(Collection<Long> programIds) {
        return queries.programProgress(programIds, today());
    }

    public List<InitiativeRow> initiatives(InitiativeFilter filter, Pageable pageable) {
        return queries.initiatives(filter, pageable, today());
    }

    public long countInitiatives(InitiativeFilter filter) {
        return queries.count(filter, today());
    }

    public InitiativeDetails initiative(long id) {
        Initiative initiative = find(id);
        InitiativeRow row = queries.initiative(id, today()).orElseThrow();
        String roadmapName = roadmaps.findById(initiative.getRoadmapId()).map(Roadmap::getName).orElse("");
        return new InitiativeDetails(id, initiative.getVersion(), initiative.getRoadmapId(), roadmapName, row.axisName(), row.programName(),
                initiative.toDraft(), row.progress(), row.health(), access.mayChange(initiative.getProgramId()),
                initiative.getCarriedFromId());
    }

    public List<MilestoneRow> milestones(long initiativeId) {
        return queries.milestones(initiativeId, today());
    }

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

    /**
     * Carries an initiative over to another roadmap (usually the successor): a copy, proposed again, under the
     * chosen axis, that keeps a link to the original. The original is left as it was.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public long carryOver(long initiativeId, long targetRoadmapId, long targetAxisId) {
        Initiative original = find(initiativeId);
        access.requireChange(original.getProgramId(), "carry-over of initiative " + initiativeId);
        StrategicAxis axis = axisRepository.findById(targetAxisId)
                .filter(a -> a.getRoadmapId() == targetRoadmapId)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("axisId", "validation.required")));
        if (targetRoadmapId == original.getRoadmapId()) {
            throw new InvalidInputException(new FieldProblem("roadmapId", "initiative.carry.same-roadmap"));
        }
        InitiativeDraft data = original.toDraft();
        InitiativeDraft copy = new InitiativeDraft(axis.getId(), data.programId(), data.code(), data.title(),
                data.description(), data.ownerName(), data.leadMemberId(), data.startDate(), data.targetDate(),
                data.priority(), InitiativeStatus.PROPOSED, data.kpiName(), data.kpiUnit(), data.kpiBaseline(),
                data.kpiTarget(), data.kpiCurrent());
        refuseIfInvalid(targetRoadmapId, copy, null);
        Initiative carried = new Initiative(targetRoadmapId, clock.instant(), currentUser.require().getUsername());
        carried.apply(copy);
        carried.carriedFrom(initiativeId);
        return initiatives.saveAndFlush(carried).getId();
    }

    public InitiativeMembers members(long initiativeId) {
        Initiative initiative = find(initiativeId);
        Set<Long> ids = new HashSet<>(initiative.getPartnerMemberIds());
        if (initiative.getLeadMemberId() != null) {
            ids.add(initiative.getLeadMemberId());
        }
        var options = memberService.optionsById(ids);
        var lead = options.stream().filter(o -> o.id().equals(initiative.getLeadMemberId())).findFirst()
                .orElse(null);
        var partners = options.stream().filter(o -> initiative.getPartnerMemberIds().contains(o.id())).toList();
        return new InitiativeMembers(lead, partners);
    }

    /** Sets the lead member and the partner members of an initiative, within the row-level rule. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER})
    public void setMembers(long initiativeId, Long leadMemberId, Set<Long> partnerIds) {
        Initiative initiative = find(initiativeId);
        access.requireChange(initiative.getProgramId(), "members of initiative " + initiativeId);
        Set<Long> partners = new HashSet<>(partnerIds);
        if (leadMemberId != null) {
            partners.remove(leadMemberId);
        }
        initiative.participants(leadMemberId, partners);
        initiative.touch(clock.instant(), currentUser.require().getUsername());
        initiatives.saveAndFlush(initiative);
    }

    // --- roadmaps and axes, as the admin keeps them -----------------------------------------------------------

    public List<AxisRow> axisRows(long roadmapId) {
        return axisRepository.findByRoadmapIdOrderBySortOrderAscCodeAsc(roadmapId).stream().map(StrategicAxis::toRow)
                .toList();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long createRoadmap(RoadmapDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (code.isEmpty()) {
            problems.add(new FieldProblem("code", "validation.required"));
        } else if (code.length() > 20) {
            problems.add(new FieldProblem("code", "validation.max-length", 20));
        } else if (roadmaps.findByCode(code).isPresent()) {
            problems.add(new FieldProblem("code", "roadmap.code.duplicate"));
        }
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (name.length() > 120) {
            problems.add(new FieldProblem("name", "validation.max-length", 120));
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            problems.add(new FieldProblem("description", "validation.max-length", 2000));
        }
        if (draft.startYear() == null) {
            problems.add(new FieldProblem("startYear", "validation.required"));
        }
        if (draft.endYear() == null) {
            problems.add(new FieldProblem("endYear", "validation.required"));
        } else if (draft.startYear() != null && draft.endYear() < draft.startYear()) {
            problems.add(new FieldProblem("endYear", "validation.end-before-start"));
        }
        InvalidInputException.refuseIfAny(problems);
        return roadmaps.saveAndFlush(new Roadmap(code, name, draft.description(), draft.startYear(),
                draft.endYear(), false)).getId();
    }

    /** Makes a roadmap the current one; the previous current one stays, as history. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void makeCurrent(long roadmapId) {
        Roadmap chosen = roadmaps.findById(roadmapId).orElseThrow(() -> new NoSuchElementException("No roadmap"));
        roadmaps.findAll().forEach(roadmap -> roadmap.setCurrent(roadmap.getId().equals(chosen.getId())));
    }

    /** Adds an axis to a roadmap ({@code axisId} null) or changes one from the version the admin saw. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long saveAxis(long roadmapId, Long axisId, long expectedVersion, String code, String name,
                         String description, Integer sortOrder) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : name.strip();
        if (cleanCode.isEmpty()) {
            problems.add(new FieldProblem("code", "validation.required"));
        } else if (cleanCode.length() > 10) {
            problems.add(new FieldProblem("code", "validation.max-length", 10));
        } else if (axisId == null ? axisRepository.existsByRoadmapIdAndCode(roadmapId, cleanCode)
                : axisRepository.existsByRoadmapIdAndCodeAndIdNot(roadmapId, cleanCode, axisId)) {
            problems.add(new FieldProblem("code", "axis.code.duplicate"));
        }
        if (cleanName.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (cleanName.length() > 120) {
            problems.add(new FieldProblem("name", "validation.max-length", 120));
        }
        if (description != null && description.length() > 2000) {
            problems.add(new FieldProblem("description", "validation.max-length", 2000));
        }
        InvalidInputException.refuseIfAny(problems);
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        int order = sortOrder == null ? 0 : sortOrder;
        if (axisId == null) {
            return axisRepository.saveAndFlush(new StrategicAxis(roadmapId, cleanCode, cleanName, cleanDescription,
                    order)).getId();
        }
        StrategicAxis axis = axisRepository.findById(axisId).filter(a -> a.getRoadmapId() == roadmapId)
                .orElseThrow(() -> new NoSuchElementException("No axis " + axisId));
        if (axis.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(StrategicAxis.class, axisId);
        }
        axis.describe(cleanCode, cleanName, cleanDescription, order);
        axisRepository.saveAndFlush(axis);
        return axisId;
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
        InvalidInputException.refuseIfAny(problems);
    }

    private Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NoSuchElementException("No initiative " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The audit history of an initiative, its milestones, partners and decision requests, newest first. */
    public List<AuditEntry> initiativeChanges(long initiativeId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("initiative", "id", initiativeId),
                auditTrail.history("milestone", "initiative_id", initiativeId),
                auditTrail.collectionHistory("initiative_partner", initiativeId),
                auditTrail.history("decision_request", "initiative_id", initiativeId)));
    }

    /** Initiatives of every roadmap whose code, title or owner holds every word of the text: the global search's part. */
    public List<SearchHit> searchInitiatives(String text, int limit) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return initiatives.findBy(SearchWords.<Initiative>everyWordIn(words,
                        "code", "title", "ownerName"),
                        query -> query.sortBy(Sort.by("code", "id")).limit(limit).all())
                .stream()
                .map(initiative -> new SearchHit(initiative.getTitle(),
                        initiative.getCode(), "iniciativas/" + initiative.getId()))
                .toList();
    }
}
