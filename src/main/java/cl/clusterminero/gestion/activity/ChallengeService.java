package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mining challenges: the secretariat publishes a mining company's challenge, records suppliers' applications until
 * the deadline, shortlists them, and records the mining company's pick (awarded or pilot) or a close without award.
 * Everyone reads them. States only move forward: published → shortlisted → awarded / pilot, or → closed.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class ChallengeService {

    static final int TITLE_MAX = 200;
    static final int PROBLEM_MAX = 2000;
    static final int OPERATION_MAX = 200;
    static final int PROPOSAL_MAX = 1000;

    private final ChallengeRepository challenges;
    private final ChallengeApplicationRepository applications;
    private final ChallengeQueries queries;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ChallengeService(ChallengeRepository challenges, ChallengeApplicationRepository applications,
                     ChallengeQueries queries, CurrentUser currentUser, AuditTrail auditTrail, Clock clock) {
        this.challenges = challenges;
        this.applications = applications;
        this.queries = queries;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public List<ChallengeRow> challenges(ChallengeStatus status, Long miningCompanyId, Pageable pageable) {
        return queries.challenges(status, miningCompanyId, pageable);
    }

    public long count(ChallengeStatus status, Long miningCompanyId) {
        return queries.count(status, miningCompanyId);
    }

    public ChallengeDetails challenge(long id) {
        Challenge challenge = find(id);
        ChallengeDraft data = challenge.toDraft();
        AppUserPrincipal user = currentUser.require();
        return new ChallengeDetails(id, challenge.getVersion(), data,
                queries.memberName(data.miningCompanyId()).orElse("—"), challenge.getStatus(),
                challenge.getStatusChangedAt(), challenge.getStatusChangedBy(), challenge.getWinnerId(),
                queries.applications(id), user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT));
    }

    /** Challenges a supplier applied to, and whether it was shortlisted or won. */
    public List<SupplierChallenge> appliedBy(long supplierId) {
        return queries.appliedBy(supplierId);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long publish(ChallengeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.miningCompanyId() == null) {
            problems.add(new FieldProblem("miningCompany", "validation.required"));
        } else if (queries.typeOf(draft.miningCompanyId()).orElse(null) != MemberType.MINING_COMPANY) {
            problems.add(new FieldProblem("miningCompany", "activity.meeting.not-mining"));
        }
        text(problems, "title", draft.title(), TITLE_MAX);
        text(problems, "problem", draft.problem(), PROBLEM_MAX);
        text(problems, "operation", draft.operation(), OPERATION_MAX);
        if (draft.deadline() == null) {
            problems.add(new FieldProblem("deadline", "validation.required"));
        } else if (draft.deadline().isBefore(today())) {
            problems.add(new FieldProblem("deadline", "challenge.deadline.past"));
        }
        InvalidInputException.refuseIfAny(problems);
        return challenges.saveAndFlush(new Challenge(draft, clock.instant(), username())).getId();
    }

    /** Records a supplier's application; only while the challenge is published and its deadline not passed. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long apply(long challengeId, Long supplierId, String proposal) {
        Challenge challenge = find(challengeId);
        List<FieldProblem> problems = new ArrayList<>();
        if (challenge.getStatus() != ChallengeStatus.PUBLISHED || challenge.getDeadline().isBefore(today())) {
            throw new InvalidInputException(new FieldProblem("supplier", "challenge.apply.closed"));
        }
        if (supplierId == null) {
            problems.add(new FieldProblem("supplier", "validation.required"));
        } else if (queries.typeOf(supplierId).orElse(null) != MemberType.SUPPLIER) {
            problems.add(new FieldProblem("supplier", "activity.meeting.not-supplier"));
        } else if (applications.existsByChallengeIdAndSupplierId(challengeId, supplierId)) {
            problems.add(new FieldProblem("supplier", "challenge.apply.already"));
        }
        text(problems, "proposal", proposal, PROPOSAL_MAX);
        InvalidInputException.refuseIfAny(problems);
        return applications.saveAndFlush(new ChallengeApplication(challengeId, supplierId, proposal, clock.instant(),
                username())).getId();
    }

    /** The corporation's shortlist: the chosen applications (at least one) are marked and the challenge moves on. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void shortlist(long challengeId, long expectedVersion, Set<Long> applicationIds) {
        Challenge challenge = findCurrent(challengeId, expectedVersion);
        if (challenge.getStatus() != ChallengeStatus.PUBLISHED) {
            throw new InvalidInputException(new FieldProblem("status", "challenge.transition.invalid"));
        }
        List<ChallengeApplication> all = applications.findByChallengeId(challengeId);
        if (applicationIds == null || applicationIds.isEmpty()
                || !all.stream().map(ChallengeApplication::getId).toList().containsAll(applicationIds)) {
            throw new InvalidInputException(new FieldProblem("applications", "challenge.shortlist.empty"));
        }
        all.forEach(application -> application.setShortlisted(applicationIds.contains(application.getId())));
        challenge.moveTo(ChallengeStatus.SHORTLISTED, null, clock.instant(), username());
        challenges.saveAndFlush(challenge);
    }

    /** The mining company's pick among the shortlist, as an award or a pilot. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void award(long challengeId, long expectedVersion, long applicationId, boolean pilot) {
        Challenge challenge = findCurrent(challengeId, expectedVersion);
        if (challenge.getStatus() != ChallengeStatus.SHORTLISTED) {
            throw new InvalidInputException(new FieldProblem("status", "challenge.transition.invalid"));
        }
        ChallengeApplication application = applications.findById(applicationId)
                .filter(found -> found.getChallengeId() == challengeId && found.isShortlisted())
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("applications",
                        "challenge.award.not-shortlisted")));
        challenge.moveTo(pilot ? ChallengeStatus.PILOT : ChallengeStatus.AWARDED, application.getId(),
                clock.instant(), username());
        challenges.saveAndFlush(challenge);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void closeWithoutAward(long challengeId, long expectedVersion) {
        Challenge challenge = findCurrent(challengeId, expectedVersion);
        if (challenge.getStatus().finished()) {
            throw new InvalidInputException(new FieldProblem("status", "challenge.transition.invalid"));
        }
        challenge.moveTo(ChallengeStatus.CLOSED, null, clock.instant(), username());
        challenges.saveAndFlush(challenge);
    }

    public List<AuditEntry> changes(long challengeId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("challenge", "id", challengeId),
                auditTrail.history("challenge_application", "challenge_id", challengeId)));
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.max-length", max));
        }
    }

    private Challenge findCurrent(long id, long expectedVersion) {
        Challenge challenge = find(id);
        if (challenge.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Challenge.class, id);
        }
        return challenge;
    }

    private Challenge find(long id) {
        return challenges.findById(id).orElseThrow(() -> new NoSuchElementException("No challenge " + id));
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
