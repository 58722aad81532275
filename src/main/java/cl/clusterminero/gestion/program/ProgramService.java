package cl.clusterminero.gestion.program;

import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchWords;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs: everyone reads them; the secretariat and admin create them; the roadmap asks who manages which. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class ProgramService {

    private static final Set<String> SORTABLE = Set.of("code", "name", "status", "startDate", "endDate", "budgetClp");

    private final ProgramRepository programs;
    private final ProgramFundingRepository funding;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final AuditTrail auditTrail;

    ProgramService(ProgramRepository programs, ProgramFundingRepository funding, UserService userService,
                   CurrentUser currentUser, Validator validator, Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.programs = programs;
        this.funding = funding;
        this.userService = userService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** A page of programs with their co-financing total and managers' names: two queries for the page. */
    public List<ProgramRow> list(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty()))
                .collect(Collectors.toCollection(ArrayList::new));
        orders.add(Sort.Order.asc("code"));
        List<ProgramRow> rows = programs.rows(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(orders)));
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Long>> managers = new HashMap<>();
        for (Object[] row : programs.managersOf(rows.stream().map(ProgramRow::id).toList())) {
            managers.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
        }
        Map<Long, String> names = userService.fullNames(managers.values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> new ProgramRow(row.id(), row.code(), row.name(), row.status(),
                row.startDate(), row.endDate(), row.budgetClp(), row.fundingClp(),
                managers.getOrDefault(row.id(), Set.of()).stream().map(names::get).sorted()
                        .collect(Collectors.joining(", ")))).toList();
    }

    public long count() {
        return programs.count();
    }

    public List<ProgramOption> options() {
        return programs.options();
    }

    /** The programs the current user manages (empty for anyone who is not a program manager of any). */
    public Set<Long> managedByCurrentUser() {
        return Set.copyOf(programs.managedBy(currentUser.require().id()));
    }

    /** The programs a user manages, for the jobs that write to managers (they run as the system). */
    @RolesAllowed(Roles.ADMIN)
    public Set<Long> managedBy(long userId) {
        return Set.copyOf(programs.managedBy(userId));
    }

    public ProgramDetails details(long id) {
        Program program = programs.findById(id).orElseThrow(() -> new NoSuchElementException("No program "
                + id));
        List<ProgramDraft.Funding> lines = funding.findByProgramIdOrderById(id).stream()
                .map(ProgramFunding::toLine).toList();
        Map<Long, String> names = userService.fullNames(program.getManagerIds());
        return new ProgramDetails(id, program.getVersion(), program.toDraft(lines),
                names.values().stream().sorted().collect(Collectors.joining(", ")));
    }

    /** Changes a program's data, managers and co-financing lines, from the version the user started with. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void update(long id, long expectedVersion, ProgramDraft draft) {
        Program program = programs.findById(id).orElseThrow(() -> new NoSuchElementException("No program "
                + id));
        if (program.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Program.class, id);
        }
        refuseIfInvalid(draft, id);
        program.rename(draft.code().strip(), draft.name().strip(), draft.status(), clock.instant(),
                currentUser.require().getUsername());
        program.describe(draft.description(), draft.startDate(), draft.endDate(), draft.budgetClp());
        program.manageBy(draft.managerIds() == null ? Set.of() : draft.managerIds());
        program.participants(draft.memberIds() == null ? Set.of() : draft.memberIds());
        programs.saveAndFlush(program);
        funding.deleteByProgramId(id);
        if (draft.funding() != null) {
            draft.funding().forEach(line -> funding.save(new ProgramFunding(id, line.source(), line.amountClp(),
                    line.state(), line.note())));
        }
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long create(ProgramDraft draft) {
        refuseIfInvalid(draft, null);
        Program program = new Program(draft.code().strip(), draft.name().strip(), draft.status(), clock.instant(),
                currentUser.require().getUsername());
        program.describe(draft.description(), draft.startDate(), draft.endDate(), draft.budgetClp());
        program.manageBy(draft.managerIds() == null ? Set.of() : draft.managerIds());
        program.participants(draft.memberIds() == null ? Set.of() : draft.memberIds());
        programs.saveAndFlush(program);
        if (draft.funding() != null) {
            draft.funding().forEach(line -> funding.save(new ProgramFunding(program.getId(), line.source(),
                    line.amountClp(), line.state(), line.note())));
        }
        return program.getId();
    }

    private void refuseIfInvalid(ProgramDraft draft, Long id) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        if (draft.code() != null && programs.findByCode(draft.code().strip())
                .filter(other -> !other.getId().equals(id)).isPresent()) {
            problems.add(new FieldProblem("code", "program.code.duplicate"));
        }
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.end-before-start"));
        }
        if (draft.funding() != null && draft.funding().stream().anyMatch(line -> line.amountClp() < 0)) {
            problems.add(new FieldProblem("funding", "validation.not-negative"));
        }
        if (draft.funding() != null && draft.funding().stream().anyMatch(line -> line.source() == null
                || line.state() == null)) {
            problems.add(new FieldProblem("funding", "program.funding.incomplete"));
        }
        InvalidInputException.refuseIfAny(problems);
    }

    public Optional<Long> idOf(String code) {
        return programs.findByCode(code).map(Program::getId);
    }

    /** The audit history of a program, its co-financing lines, managers and participants, newest first. */
    public List<AuditEntry> changes(long programId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("program", "id", programId),
                auditTrail.history("program_funding", "program_id", programId),
                auditTrail.collectionHistory("program_manager", programId),
                auditTrail.collectionHistory("program_member", programId)));
    }

    /** Programs whose code or name holds every word of the text: the global search's part. */
    public List<SearchHit> searchPrograms(String text, int limit) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return programs.findBy(SearchWords.<Program>everyWordIn(words,
                        "code", "name"),
                        query -> query.sortBy(Sort.by("code", "id")).limit(limit).all())
                .stream()
                .map(program -> new SearchHit(program.getName(),
                        program.getCode(), "programas/" + program.getId()))
                .toList();
    }
}
