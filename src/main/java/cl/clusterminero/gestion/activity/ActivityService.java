package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.search.SearchWords;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.ImportRefusedException;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's activities, their participants and business-round meetings. Everyone reads them; the secretariat
 * and the admin create and edit any, a program manager only those of the programs he manages (checked here, whatever
 * the screen shows); the board edits none.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class ActivityService {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 200;
    static final int LINK_MAX = 500;
    static final int DESCRIPTION_MAX = 2000;
    static final int CAPACITY_MAX = 100_000;
    static final int TABLE_MAX = 500;
    static final int OUTCOME_NOTE_MAX = 1000;

    private final ActivityRepository activities;
    private final ParticipationRepository participations;
    private final BusinessMeetingRepository businessMeetings;
    private final ActivityQueries queries;
    private final ProgramService programService;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityService(ActivityRepository activities, ParticipationRepository participations,
                    BusinessMeetingRepository businessMeetings, ActivityQueries queries, ProgramService programService,
                    UserService userService, CurrentUser currentUser, AuditTrail auditTrail, Validator validator,
                    Clock clock, ApplicationEventPublisher events) {
        this.activities = activities;
        this.participations = participations;
        this.businessMeetings = businessMeetings;
        this.queries = queries;
        this.programService = programService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    // ---- activities -------------------------------------------------------------------------------------------

    public List<ActivityRow> activities(ActivityFilter filter, Pageable pageable) {
        return queries.activities(filter, currentUser.require().id(), pageable);
    }

    public long count(ActivityFilter filter) {
        return queries.count(filter, currentUser.require().id());
    }

    /** Activities not cancelled from this week's Monday over the next {@code weeks} weeks, soonest first. */
    public List<ActivityRow> comingWeeks(int weeks) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return queries.between(monday.atStartOfDay(), monday.plusWeeks(Math.max(1, weeks)).atStartOfDay());
    }

    /** Activities not cancelled that start in [from, to), soonest first (the reminders before an activity). */
    public List<ActivityRow> startingBetween(LocalDateTime from, LocalDateTime to) {
        return queries.between(from, to);
    }

    /** Activities whose title or place holds every word of the text, latest first: the global search's part. */
    public List<ActivityRow> searchActivities(String text, int limit) {
        List<String> words = SearchWords.of(text);
        return words.isEmpty() ? List.of() : queries.withWords(words, limit);
    }

    public ActivityDetails activity(long id) {
        Activity activity = find(id);
        ActivityDraft data = activity.toDraft();
        String organiser = userService.fullNames(Set.of(data.organiserId())).getOrDefault(data.organiserId(), "—");
        return new ActivityDetails(id, activity.getVersion(), data, queries.programLabel(data.programId()).orElse(null),
                queries.initiativeLabel(data.initiativeId()).orElse(null), organiser,
                (int) participations.countByActivityId(id), mayEdit(activity.getProgramId()));
    }

    /** Whether the current user may create activities at all (a program manager: in one of his programs). */
    public boolean mayCreate() {
        AppUserPrincipal user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT)
                || user.hasRole(Role.PROGRAM_MANAGER) && !programService.managedByCurrentUser().isEmpty();
    }

    /** The programs a user may attach to an activity: any for the secretariat and admin, his own for a manager. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public Set<Long> programsCurrentUserMayUse() {
        AppUserPrincipal user = currentUser.require();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT)) {
            return programService.options().stream().map(option -> option.id()).collect(
                    Collectors.toSet());
        }
        return programService.managedByCurrentUser();
    }

    /** Users who may organise an activity (any enabled user). */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<UserOption> organisers() {
        return userService.enabledUsers();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<InitiativeChoice> initiativesOf(long programId) {
        return queries.initiativesOf(programId);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public long create(ActivityDraft draft) {
        refuseIfInvalid(draft, 0);
        Activity activity = new Activity(clock.instant());
        activity.apply(draft, clock.instant(), currentUser.require().getUsername());
        return activities.saveAndFlush(activity).getId();
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void update(long id, long expectedVersion, ActivityDraft draft) {
        Activity activity = find(id);
        requireMayEdit(activity);
        if (activity.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Activity.class, id);
        }
        refuseIfInvalid(draft, participations.countByActivityId(id));
        boolean cancelling = activity.getStatus() != ActivityStatus.CANCELLED
                && draft.status() == ActivityStatus.CANCELLED;
        activity.apply(draft, clock.instant(), currentUser.require().getUsername());
        Activity saved = activities.saveAndFlush(activity);
        if (cancelling) {
            events.publishEvent(new ActivityCancelledEvent(id, saved.getVersion()));
        }
    }

    /** The activity as an iCalendar file, for the participants' and organiser's calendars. */
    public byte[] ics(long id) {
        return ActivityCalendar.ics(id, find(id).toDraft(), clock.instant(), "gestion.clusterminero.cl");
    }

    public List<AuditEntry> changes(long activityId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("activity", "id", activityId),
                auditTrail.history("participation", "activity_id", activityId),
                auditTrail.history("business_meeting", "activity_id", activityId)));
    }

    // ---- participation ----------------------------------------------------------------------------------------

    public List<ParticipantRow> participants(long activityId) {
        return queries.participants(activityId);
    }

    /** Registers a member's contact; refused when full, cancelled, twice, or when the contact is someone else's. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public long register(long activityId, Long memberId, Long contactId) {
        // Locked so that two registrations for the last place are counted one after the other.
        Activity activity = activities.lockById(activityId)
                .orElseThrow(() -> new NoSuchElementException("No activity " + activityId));
        requireMayEdit(activity);
        List<FieldProblem> problems = new ArrayList<>();
        if (memberId == null) {
            problems.add(new FieldProblem("member", "validation.required"));
        }
        if (contactId == null) {
            problems.add(new FieldProblem("contact", "validation.required"));
        }
        InvalidInputException.refuseIfAny(problems);
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw new InvalidInputException(new FieldProblem("contact", "activity.register.cancelled"));
        }
        Optional<Long> owner = queries.memberOfContact(contactId);
        if (owner.isEmpty() || !owner.get().equals(memberId)) {
            throw new InvalidInputException(new FieldProblem("contact", "activity.contact.other-member"));
        }
        if (participations.existsByActivityIdAndContactId(activityId, contactId)) {
            throw new InvalidInputException(new FieldProblem("contact", "activity.contact.already"));
        }
        if (participations.countByActivityId(activityId) >= activity.getCapacity()) {
            throw new InvalidInputException(new FieldProblem("contact", "activity.full", activity.getCapacity()));
        }
        long id = participations.saveAndFlush(new Participation(activityId, memberId, contactId, clock.instant(),
                currentUser.require().getUsername())).getId();
        events.publishEvent(new ParticipantRegisteredEvent(activityId, id));
        return id;
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void unregister(long participationId, long expectedVersion) {
        Participation participation = findParticipation(participationId);
        requireMayEdit(find(participation.getActivityId()));
        if (participation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Participation.class, participationId);
        }
        participations.delete(participation);
        participations.flush();
    }

    /** Records whether a registered contact came; only once the activity is held. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void recordAttendance(long participationId, long expectedVersion, Attendance attendance) {
        Participation participation = findParticipation(participationId);
        Activity activity = find(participation.getActivityId());
        requireMayEdit(activity);
        if (participation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Participation.class, participationId);
        }
        if (attendance == null) {
            throw new InvalidInputException(new FieldProblem("attendance", "validation.required"));
        }
        if (activity.getStatus() != ActivityStatus.HELD) {
            throw new InvalidInputException(new FieldProblem("attendance", "activity.attendance.not-held"));
        }
        participation.setAttendance(attendance);
        participations.saveAndFlush(participation);
    }

    // ---- attendance list import -------------------------------------------------------------------------------

    /** The columns an attendance list needs, for the import screen's help and template. */
    public static final List<String> ATTENDANCE_COLUMNS = AttendanceImport.COLUMNS;

    /**
     * The dry run of an attendance list for a held activity the user may edit: each row's registration (by the
     * member's RUT and the contact's e-mail) or its problems; nothing is written.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public ImportPreview<AttendanceImportRow> attendancePreview(long activityId, String fileName, byte[] content) {
        Activity activity = find(activityId);
        requireMayEdit(activity);
        if (activity.getStatus() != ActivityStatus.HELD) {
            return notHeld(fileName);
        }
        return attendanceImport(activityId).preview(fileName, content);
    }

    /**
     * Records the attendance of every row of a list whose dry run had no problems, all rows or none, if the outcome
     * is still the approved one (same registrations and versions); otherwise {@code ImportRefusedException}.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public ImportPreview<AttendanceImportRow> attendanceCommit(long activityId, String fileName, byte[] content,
                                                              List<AttendanceImportRow> approved) {
        // The activity row is locked so that registrations do not change between the check and the writes.
        Activity activity = activities.lockById(activityId)
                .orElseThrow(() -> new NoSuchElementException("No activity " + activityId));
        requireMayEdit(activity);
        if (activity.getStatus() != ActivityStatus.HELD) {
            throw new ImportRefusedException(notHeld(fileName), false);
        }
        return attendanceImport(activityId).commit(fileName, content, approved);
    }

    private static ImportPreview<AttendanceImportRow> notHeld(String fileName) {
        return new ImportPreview<>(fileName, List.of(), List.of(new FieldProblem("file",
                "activity.attendance.not-held")));
    }

    private AttendanceImport attendanceImport(long activityId) {
        return new AttendanceImport(queries.registrations(activityId), (row, attendance) -> {
            Participation participation = findParticipation(row.targetId());
            participation.setAttendance(attendance);
            participations.save(participation);
        });
    }

    // ---- business rounds --------------------------------------------------------------------------------------

    public List<BusinessMeetingRow> businessMeetings(long activityId) {
        return queries.meetings(activityId);
    }

    /** Schedules a mining company ↔ supplier meeting; a table, a company or a supplier is booked once per slot. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public long scheduleMeeting(long activityId, BusinessMeetingDraft draft) {
        Activity activity = activities.lockById(activityId)
                .orElseThrow(() -> new NoSuchElementException("No activity " + activityId));
        requireMayEdit(activity);
        if (activity.getKind() != ActivityKind.BUSINESS_ROUND) {
            throw new InvalidInputException(new FieldProblem("slot", "activity.meeting.not-business-round"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.miningCompanyId() == null) {
            problems.add(new FieldProblem("miningCompany", "validation.required"));
        } else if (queries.typeOf(draft.miningCompanyId()).orElse(null) != MemberType.MINING_COMPANY) {
            problems.add(new FieldProblem("miningCompany", "activity.meeting.not-mining"));
        }
        if (draft.supplierId() == null) {
            problems.add(new FieldProblem("supplier", "validation.required"));
        } else if (queries.typeOf(draft.supplierId()).orElse(null) != MemberType.SUPPLIER) {
            problems.add(new FieldProblem("supplier", "activity.meeting.not-supplier"));
        }
        if (draft.tableNumber() == null) {
            problems.add(new FieldProblem("table", "validation.required"));
        } else if (draft.tableNumber() < 1 || draft.tableNumber() > TABLE_MAX) {
            problems.add(new FieldProblem("table", "activity.meeting.table-range", TABLE_MAX));
        }
        if (draft.slot() == null) {
            problems.add(new FieldProblem("slot", "validation.required"));
        }
        if (problems.isEmpty()) {
            if (businessMeetings.existsByActivityIdAndSlotAndTableNumber(activityId, draft.slot(),
                    draft.tableNumber())) {
                problems.add(new FieldProblem("table", "activity.meeting.table-taken"));
            }
            if (businessMeetings.existsByActivityIdAndSlotAndMiningCompanyId(activityId, draft.slot(),
                    draft.miningCompanyId())) {
                problems.add(new FieldProblem("miningCompany", "activity.meeting.company-taken"));
            }
            if (businessMeetings.existsByActivityIdAndSlotAndSupplierId(activityId, draft.slot(),
                    draft.supplierId())) {
                problems.add(new FieldProblem("supplier", "activity.meeting.company-taken"));
            }
        }
        InvalidInputException.refuseIfAny(problems);
        try {
            return businessMeetings.saveAndFlush(new BusinessMeeting(activityId, draft, clock.instant(),
                    currentUser.require().getUsername())).getId();
        } catch (DataIntegrityViolationException e) {
            // The activity row is locked, so only a bypassing writer gets here; the unique keys still hold.
            throw new InvalidInputException(new FieldProblem("slot", "activity.meeting.slot-taken"));
        }
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void recordOutcome(long meetingId, long expectedVersion, MeetingOutcome outcome, Long contractAmount,
                              String note) {
        BusinessMeeting meeting = businessMeetings.findById(meetingId)
                .orElseThrow(() -> new NoSuchElementException("No business meeting " + meetingId));
        requireMayEdit(find(meeting.getActivityId()));
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BusinessMeeting.class, meetingId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "validation.required"));
        }
        if (contractAmount != null && (outcome != MeetingOutcome.CONTRACT || contractAmount <= 0)) {
            problems.add(new FieldProblem("amount", "activity.meeting.amount-invalid"));
        }
        if (note != null && note.strip().length() > OUTCOME_NOTE_MAX) {
            problems.add(new FieldProblem("note", "validation.max-length", OUTCOME_NOTE_MAX));
        }
        InvalidInputException.refuseIfAny(problems);
        meeting.recordOutcome(outcome, contractAmount, note, clock.instant(), currentUser.require().getUsername());
        businessMeetings.saveAndFlush(meeting);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void cancelMeeting(long meetingId, long expectedVersion) {
        BusinessMeeting meeting = businessMeetings.findById(meetingId)
                .orElseThrow(() -> new NoSuchElementException("No business meeting " + meetingId));
        requireMayEdit(find(meeting.getActivityId()));
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BusinessMeeting.class, meetingId);
        }
        businessMeetings.delete(meeting);
        businessMeetings.flush();
    }

    // ---- a member's engagement --------------------------------------------------------------------------------

    /** Contracts a member signed in business rounds, on either side, latest first. */
    public List<SignedContract> contractsOf(long memberId) {
        return queries.contractsOf(memberId);
    }

    /** A member's activities, business-round meetings and contracts, and its last contact with the cluster. */
    public MemberEngagement engagement(long memberId) {
        return new MemberEngagement(queries.activitiesOf(memberId), queries.meetingsOf(memberId),
                queries.contractsOf(memberId), queries.lastContact(memberId, LocalDate.now(clock)).orElse(null));
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private boolean mayEdit(Long programId) {
        AppUserPrincipal user = currentUser.require();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT)) {
            return true;
        }
        return user.hasRole(Role.PROGRAM_MANAGER) && programId != null
                && programService.managedByCurrentUser().contains(programId);
    }

    private void requireMayEdit(Activity activity) {
        if (!mayEdit(activity.getProgramId())) {
            throw new AccessDeniedException("Activity " + activity.getId() + " is outside the user's programs");
        }
    }

    private void refuseIfInvalid(ActivityDraft draft, long registered) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        if (draft.startsAt() != null && draft.endsAt() != null && draft.endsAt().isBefore(draft.startsAt())) {
            problems.add(new FieldProblem("endsAt", "activity.ends-before-start"));
        }
        if (draft.onlineLink() != null && !draft.onlineLink().isBlank() && !isWebAddress(draft.onlineLink().strip())) {
            problems.add(new FieldProblem("onlineLink", "activity.link.invalid"));
        }
        if (draft.organiserId() == null) {
            problems.add(new FieldProblem("organiser", "validation.required"));
        } else if (userService.fullNames(Set.of(draft.organiserId())).isEmpty()) {
            problems.add(new FieldProblem("organiser", "activity.organiser.unknown"));
        }
        if (draft.capacity() == null) {
            problems.add(new FieldProblem("capacity", "validation.required"));
        } else if (draft.capacity() < 1 || draft.capacity() > CAPACITY_MAX) {
            problems.add(new FieldProblem("capacity", "activity.capacity.range", CAPACITY_MAX));
        } else if (draft.capacity() < registered) {
            problems.add(new FieldProblem("capacity", "activity.capacity.below-registered", registered));
        }
        if (draft.programId() == null) {
            if (!mayEdit(null)) {
                problems.add(new FieldProblem("program", "activity.program.required-for-manager"));
            }
        } else if (!mayEdit(draft.programId())) {
            problems.add(new FieldProblem("program", "activity.program.not-managed"));
        }
        if (draft.initiativeId() != null) {
            Optional<Optional<Long>> program = queries.programOfInitiative(draft.initiativeId());
            if (program.isEmpty() || draft.programId() == null || !program.get().equals(Optional.of(draft.programId()))) {
                problems.add(new FieldProblem("initiative", "activity.initiative.other-program"));
            }
        }
        InvalidInputException.refuseIfAny(problems);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Activity find(long id) {
        return activities.findById(id).orElseThrow(() -> new NoSuchElementException("No activity " + id));
    }

    private Participation findParticipation(long id) {
        return participations.findById(id).orElseThrow(() -> new NoSuchElementException("No participation " + id));
    }
}
