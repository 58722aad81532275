package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.roadmap.InitiativeDetails;
import cl.clusterminero.gestion.roadmap.ReviewQueueRow;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.pdf.PdfReport;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board meetings as the secretariat prepares them (date, kind, attending board members, agenda built from the
 * initiatives waiting for a board decision plus free topics) and as everyone reads them, with their minutes in PDF.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class BoardMeetingService {

    static final int TOPIC_MAX = 500;

    private final BoardMeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final BoardQueries queries;
    private final ReviewService reviewService;
    private final RoadmapService roadmapService;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;
    private final Validator validator;
    private final Clock clock;
    private final AuditTrail auditTrail;

    BoardMeetingService(BoardMeetingRepository meetings, AgendaItemRepository agendaItems, BoardQueries queries,
                        ReviewService reviewService, RoadmapService roadmapService, UserService userService,
                        CurrentUser currentUser, TranslationProvider translations, Validator validator, Clock clock,
                        AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.queries = queries;
        this.reviewService = reviewService;
        this.roadmapService = roadmapService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.translations = translations;
        this.validator = validator;
        this.clock = clock;
    }

    public List<MeetingRow> meetings(Pageable pageable) {
        return queries.meetings(pageable);
    }

    public long countMeetings() {
        return queries.countMeetings();
    }

    public MeetingDetails meeting(long id) {
        BoardMeeting meeting = find(id);
        AppUserPrincipal user = currentUser.require();
        boolean prepare = user.hasRole(Role.ADMIN) || user.hasRole(Role.SECRETARIAT);
        return new MeetingDetails(id, meeting.getVersion(), meeting.toDraft(), queries.attendeeNames(id),
                queries.agenda(id), queries.resolutionsOf(id, today()), prepare,
                prepare || user.hasRole(Role.BOARD));
    }

    /** Users' full names, for the meeting's history (owners and attendees are stored by id). */
    public Map<Long, String> userNames(Collection<Long> ids) {
        return userService.fullNames(ids);
    }

    /** The board users who may attend, for the secretariat's attendee picker. */
    /** The meetings held between two dates (both included), for the agenda mail. */
    @RolesAllowed(Roles.ADMIN)
    public List<Long> meetingsBetween(LocalDate from, LocalDate to) {
        return meetings.idsBetween(from, to);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public List<UserOption> boardMembers() {
        return userService.withRole(Role.BOARD);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long createMeeting(MeetingDraft draft) {
        refuseIfInvalid(draft);
        BoardMeeting meeting = new BoardMeeting(clock.instant());
        meeting.apply(draft, clock.instant(), currentUser.require().getUsername());
        return meetings.saveAndFlush(meeting).getId();
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void updateMeeting(long id, long expectedVersion, MeetingDraft draft) {
        BoardMeeting meeting = find(id);
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BoardMeeting.class, id);
        }
        refuseIfInvalid(draft);
        meeting.apply(draft, clock.instant(), currentUser.require().getUsername());
        meetings.saveAndFlush(meeting);
    }

    /** Initiatives waiting for a board decision that are not yet on this meeting's agenda. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public List<ReviewQueueRow> agendaCandidates(long meetingId) {
        Set<Long> onAgenda = queries.agenda(meetingId).stream().map(AgendaEntry::initiativeId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return reviewService.queue(Pageable.unpaged()).stream()
                .filter(row -> !onAgenda.contains(row.initiativeId())).toList();
    }

    /** Adds an initiative to the end of the agenda; its topic is its code and title unless one is given. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long addInitiativeToAgenda(long meetingId, long initiativeId) {
        find(meetingId);
        boolean already = queries.agenda(meetingId).stream()
                .anyMatch(entry -> Long.valueOf(initiativeId).equals(entry.initiativeId()));
        if (already) {
            throw new InvalidInputException(new FieldProblem("initiative", "agenda.already"));
        }
        InitiativeDetails initiative = roadmapService.initiative(initiativeId);
        String topic = initiative.data().code() + " · " + initiative.data().title();
        return agendaItems.saveAndFlush(new AgendaItem(meetingId, agendaItems.lastPosition(meetingId) + 1,
                initiativeId, topic.length() > TOPIC_MAX ? topic.substring(0, TOPIC_MAX) : topic)).getId();
    }

    /** Adds a free topic to the end of the agenda. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long addTopicToAgenda(long meetingId, String topic) {
        find(meetingId);
        String text = topic == null ? "" : topic.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("topic", "validation.required"));
        }
        if (text.length() > TOPIC_MAX) {
            throw new InvalidInputException(new FieldProblem("topic", "validation.max-length", TOPIC_MAX));
        }
        return agendaItems.saveAndFlush(new AgendaItem(meetingId, agendaItems.lastPosition(meetingId) + 1, null,
                text)).getId();
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void removeFromAgenda(long agendaItemId) {
        agendaItems.findById(agendaItemId).ifPresent(agendaItems::delete);
    }

    /** Moves an agenda point one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void moveAgendaItem(long agendaItemId, int direction) {
        AgendaItem item = agendaItems.findById(agendaItemId)
                .orElseThrow(() -> new NoSuchElementException("No agenda item " + agendaItemId));
        List<AgendaItem> items = new ArrayList<>(agendaItems.findByMeetingIdOrderByPositionAscIdAsc(item.getMeetingId()));
        int from = items.indexOf(item);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(from));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i + 1);
        }
    }

    /** The minutes (acta) of a meeting as a PDF: attendees, agenda and resolutions, texts in {@code locale}. */
    public byte[] minutesPdf(long meetingId, Locale locale) {
        BoardMeeting meeting = find(meetingId);
        MeetingDraft data = meeting.toDraft();
        String kind = t(locale, data.kind().labelKey());
        String date = DisplayFormats.date(data.date());
        PdfReport pdf = new PdfReport(t(locale, "minutes.title", kind, date),
                t(locale, "minutes.subtitle", DisplayFormats.dateTime(clock.instant())),
                t(locale, "minutes.footer", kind, date));
        pdf.fact(t(locale, "meeting.date"), date);
        pdf.fact(t(locale, "meeting.kind"), kind);
        pdf.fact(t(locale, "meeting.location"), data.location() == null ? "—" : data.location());
        pdf.heading(t(locale, "meeting.attendees"));
        List<String> attendees = queries.attendeeNames(meetingId);
        pdf.paragraph(attendees.isEmpty() ? t(locale, "meeting.attendees.none") : String.join(", ", attendees));
        pdf.heading(t(locale, "meeting.agenda"));
        List<AgendaEntry> agenda = queries.agenda(meetingId);
        if (agenda.isEmpty()) {
            pdf.paragraph(t(locale, "meeting.agenda.empty"));
        }
        int number = 1;
        for (AgendaEntry entry : agenda) {
            pdf.paragraph(number++ + ". " + entry.topic());
        }
        if (data.notes() != null) {
            pdf.heading(t(locale, "meeting.notes"));
            pdf.paragraph(data.notes());
        }
        pdf.heading(t(locale, "meeting.resolutions"));
        List<ResolutionRow> resolutions = queries.resolutionsOf(meetingId, today());
        if (resolutions.isEmpty()) {
            pdf.paragraph(t(locale, "meeting.resolutions.empty"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (ResolutionRow row : resolutions) {
                rows.add(List.of(String.valueOf(n++), row.text(), row.ownerName(), DisplayFormats.date(row.deadline()),
                        t(locale, row.state().labelKey())));
            }
            pdf.table(new float[] {5, 49, 20, 13, 13}, List.of("N°", t(locale, "resolution.text"),
                    t(locale, "resolution.owner"), t(locale, "resolution.deadline"), t(locale, "resolution.state")),
                    rows);
        }
        return pdf.finish();
    }

    private void refuseIfInvalid(MeetingDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        if (!draft.attendeeIds().isEmpty()) {
            Set<Long> board = userService.withRole(Role.BOARD).stream().map(UserOption::id)
                    .collect(Collectors.toSet());
            if (!board.containsAll(draft.attendeeIds())) {
                problems.add(new FieldProblem("attendees", "meeting.attendees.board-only"));
            }
        }
        InvalidInputException.refuseIfAny(problems);
    }

    private BoardMeeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new NoSuchElementException("No meeting " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** The audit history of a meeting, its attendees, agenda and resolutions, newest first. */
    public List<AuditEntry> changes(long meetingId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("board_meeting", "id", meetingId),
                auditTrail.collectionHistory("board_meeting_attendee", meetingId),
                auditTrail.history("agenda_item", "meeting_id", meetingId),
                auditTrail.history("resolution", "meeting_id", meetingId)));
    }

    /** Meetings whose place or notes hold every word of the text, newest first: the global search's part. */
    public List<SearchHit> searchMeetings(String text, int limit,
                                                                               Locale locale) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return meetings.findBy(SearchWords.<BoardMeeting>everyWordIn(words,
                        "location", "notes"),
                        query -> query.sortBy(Sort.by(
                                Sort.Direction.DESC, "meetingDate", "id"))
                                .limit(limit).all())
                .stream()
                .map(meeting -> new SearchHit(
                        translations.getTranslation("meeting.title", locale,
                                translations.getTranslation(meeting.getKind().labelKey(), locale),
                                DisplayFormats.date(meeting.getMeetingDate())),
                        meeting.getLocation() == null ? "" : meeting.getLocation(),
                        "directorio/sesiones/" + meeting.getId()))
                .toList();
    }
}
