package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolutions (acuerdos): recorded in a meeting by the board or the secretariat, each with an owner and a deadline;
 * only its owner (or the admin) marks it done, with a note. Overdue is computed from the deadline, never stored.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class ResolutionService {

    static final int NOTE_MAX = 1000;
    private static final Logger log = LoggerFactory.getLogger(ResolutionService.class);

    private final ResolutionRepository resolutions;
    private final BoardMeetingRepository meetings;
    private final BoardQueries queries;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    ResolutionService(ResolutionRepository resolutions, BoardMeetingRepository meetings, BoardQueries queries,
                      UserService userService, CurrentUser currentUser, Validator validator, Clock clock) {
        this.resolutions = resolutions;
        this.meetings = meetings;
        this.queries = queries;
        this.userService = userService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** Open resolutions whose deadline is on or before {@code until}, for the owners' reminders. */
    @RolesAllowed(Roles.ADMIN)
    public List<ResolutionReminder> openDueBy(LocalDate until) {
        return resolutions.openDueBy(until);
    }

    /** The users a resolution can be assigned to. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT})
    public List<UserOption> possibleOwners() {
        return userService.enabledUsers();
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT})
    public long record(long meetingId, ResolutionDraft draft) {
        if (!meetings.existsById(meetingId)) {
            throw new NoSuchElementException("No meeting " + meetingId);
        }
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        if (draft.ownerId() == null) {
            problems.add(new FieldProblem("owner", "validation.required"));
        } else if (userService.enabledUsers().stream().noneMatch(user -> user.id().equals(draft.ownerId()))) {
            problems.add(new FieldProblem("owner", "resolution.owner.unknown"));
        }
        InvalidInputException.refuseIfAny(problems);
        return resolutions.saveAndFlush(new Resolution(meetingId, draft.text().strip(), draft.ownerId(), draft.deadline(),
                clock.instant(), currentUser.require().getUsername())).getId();
    }

    /** The current user's resolutions: open ones by deadline, and done ones too when asked. */
    public List<ResolutionRow> mine(boolean includeDone) {
        return queries.resolutionsOwnedBy(currentUser.require().id(), includeDone, LocalDate.now(clock));
    }

    /** The owner marks a resolution done with a note; nobody else may, except the admin. */
    @Transactional
    public void complete(long resolutionId, long expectedVersion, String note) {
        Resolution resolution = resolutions.findById(resolutionId)
                .orElseThrow(() -> new NoSuchElementException("No resolution " + resolutionId));
        AppUserPrincipal user = currentUser.require();
        if (resolution.getOwnerId() != user.id() && !user.hasRole(Role.ADMIN)) {
            log.warn("Refused: user '{}' tried to close resolution {} owned by user {}", user.getUsername(),
                    resolutionId, resolution.getOwnerId());
            throw new AccessDeniedException("Not the owner of resolution " + resolutionId);
        }
        if (resolution.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Resolution.class, resolutionId);
        }
        if (resolution.isDone()) {
            throw new InvalidInputException(new FieldProblem("note", "resolution.already-done"));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("note", "resolution.note.required"));
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidInputException(new FieldProblem("note", "validation.max-length", NOTE_MAX));
        }
        resolution.complete(text, clock.instant(), user.getUsername());
        resolutions.saveAndFlush(resolution);
    }
}
