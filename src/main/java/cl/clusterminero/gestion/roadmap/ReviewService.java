package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's part in the roadmap: an initiative's program manager or the secretariat flags it as requiring a board
 * decision; board members review initiatives (approve, request changes, take note) with a comment. Approving or
 * requesting changes answers the open request, which takes the initiative out of the review queue; approving a
 * proposed initiative makes it approved.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class ReviewService {

    static final int REASON_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final BoardReviewRepository reviews;
    private final DecisionRequestRepository requests;
    private final InitiativeRepository initiatives;
    private final RoadmapQueries queries;
    private final InitiativeAccess access;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewService(BoardReviewRepository reviews, DecisionRequestRepository requests, InitiativeRepository initiatives,
                  RoadmapQueries queries, InitiativeAccess access, UserService userService, CurrentUser currentUser,
                  Validator validator, Clock clock, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.requests = requests;
        this.initiatives = initiatives;
        this.queries = queries;
        this.access = access;
        this.userService = userService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** The initiative's reviews, newest first. */
    public List<ReviewEntry> reviews(long initiativeId) {
        List<BoardReview> found = reviews.findByInitiativeIdOrderByReviewedAtDescIdDesc(initiativeId);
        Map<Long, String> names = userService.fullNames(found.stream().map(BoardReview::getReviewerId).toList());
        return found.stream().map(review -> new ReviewEntry(review.getId(), review.getDecision(), review.getComment(),
                names.getOrDefault(review.getReviewerId(), "—"), review.getReviewedAt())).toList();
    }

    /** The initiative's pending "requires board decision" flag, if any. */
    public Optional<DecisionRequestInfo> openRequest(long initiativeId) {
        return requests.findOpen(initiativeId).map(request -> new DecisionRequestInfo(request.getId(),
                request.getReason(), userService.fullNames(List.of(request.getRequestedBy()))
                .getOrDefault(request.getRequestedBy(), "—"), request.getRequestedAt()));
    }

    /** Whether the current user may flag this initiative: the secretariat and admin any, a manager their own. */
    public boolean mayRequestDecision(long initiativeId) {
        AppUserPrincipal user = currentUser.require();
        if (user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        return initiatives.findById(initiativeId).map(initiative -> access.mayChange(initiative.getProgramId()))
                .orElse(false);
    }

    /** Flags the initiative as requiring a board decision; refused while a request is already open. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public long requestDecision(long initiativeId, String reason) {
        Initiative initiative = find(initiativeId);
        AppUserPrincipal user = currentUser.require();
        if (!user.hasRole(Role.SECRETARIAT) && !user.hasRole(Role.ADMIN)) {
            access.requireChange(initiative.getProgramId(), "a board decision request for initiative " + initiativeId);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("reason", "review.reason.required"));
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidInputException(new FieldProblem("reason", "validation.max-length", REASON_MAX));
        }
        if (requests.findOpen(initiativeId).isPresent()) {
            throw new InvalidInputException(new FieldProblem("reason", "review.request.already-open"));
        }
        try {
            long id = requests.saveAndFlush(new DecisionRequest(initiativeId, text, user.id(), clock.instant())).getId();
            events.publishEvent(new DecisionRequestedEvent(id, initiativeId, initiative.getCode(),
                    initiative.getTitle(), text));
            return id;
        } catch (DataIntegrityViolationException e) {
            // Someone flagged it in the same moment: the unique key on the open request kept only theirs.
            throw new InvalidInputException(new FieldProblem("reason", "review.request.already-open"));
        }
    }

    /** A board member's review. Approve and request changes answer the open request; approve makes a proposal approved. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    public long review(long initiativeId, ReviewDraft draft) {
        Initiative initiative = find(initiativeId);
        InvalidInputException.refuseIfAny(FieldProblem.of(validator.validate(draft)));
        String comment = draft.comment().strip();
        AppUserPrincipal user = currentUser.require();
        Instant now = clock.instant();
        long reviewId = reviews.saveAndFlush(new BoardReview(initiativeId, user.id(), draft.decision(), comment, now))
                .getId();
        if (draft.decision().answersRequest()) {
            requests.lockOpen(initiativeId).ifPresent(request -> request.answer(reviewId, now));
        }
        if (draft.decision() == ReviewDecision.APPROVE && initiative.approveIfProposed(now, user.getUsername())) {
            log.info("Initiative {} approved by the board (review {})", initiativeId, reviewId);
        }
        return reviewId;
    }

    /** The review queue: initiatives waiting for a board decision, oldest request first. */
    public List<ReviewQueueRow> queue(Pageable pageable) {
        return queries.reviewQueue(pageable, LocalDate.now(clock));
    }

    public long queueSize() {
        return requests.countOpen();
    }

    private Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NoSuchElementException("No initiative " + id));
    }
}
