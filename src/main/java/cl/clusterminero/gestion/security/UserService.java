package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users and their roles, as the admin sees them. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class UserService {

    private static final Set<String> SORTABLE = Set.of("username", "fullName", "email", "enabled");

    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    /** No 0/O or 1/l/I: temporary passwords are read aloud or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final AuditTrail auditTrail;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ActiveSessions activeSessions;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(AppUserRepository users, AuditTrail auditTrail, PasswordEncoder passwordEncoder,
                PasswordPolicy passwordPolicy, ActiveSessions activeSessions, CurrentUser currentUser, Validator validator,
                Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.auditTrail = auditTrail;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.activeSessions = activeSessions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** One page of users whose username starts with, or whose name contains, the filter; two queries per page. */
    @RolesAllowed(Roles.ADMIN)
    public List<UserSummary> list(String filter, Pageable pageable) {
        List<UserSummary> page = users.findSummaries(normalise(filter), withSafeSort(pageable));
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Object[] row : users.findRolesOf(page.stream().map(UserSummary::id).toList())) {
            roles.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
        }
        return page.stream()
                .map(user -> user.withRoles(roles.getOrDefault(user.id(), EnumSet.noneOf(Role.class))))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(String filter) {
        return users.countSummaries(normalise(filter));
    }

    /** Full names of the given users, for showing who manages or signed something. */
    public Map<Long, String> fullNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        users.findAllById(ids).forEach(user -> names.put(user.getId(), user.getFullName()));
        return names;
    }

    /** Enabled users holding a role, by name, for pickers such as a program's managers. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public List<UserOption> withRole(Role role) {
        return users.findEnabledWithRole(role);
    }

    /** Every enabled user by name, for assigning work such as a board resolution to its owner. */
    // Program managers too: they choose an activity's organiser among the enabled users.
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<UserOption> enabledUsers() {
        return users.findEnabled();
    }

    /** The audit history of a user: data, enabled flag and roles (never password hashes), newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> changes(long userId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("app_user", "id", userId),
                auditTrail.collectionHistory("app_user_role", userId)));
    }

    @RolesAllowed(Roles.ADMIN)
    public UserAccount account(long id) {
        AppUser user = find(id);
        return new UserAccount(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getEmail(), user.getRoles(), user.isEnabled(), user.isMustChangePassword());
    }

    /** A new user with a temporary password that must be changed at the first login. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public TemporaryPassword create(UserDraft draft) {
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = problems(draft);
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "validation.required"));
        } else if (!username.matches("[a-z0-9._-]{2,50}")) {
            problems.add(new FieldProblem("username", "users.username.format"));
        } else if (users.existsByUsernameIgnoreCase(username)) {
            problems.add(new FieldProblem("username", "users.username.taken"));
        }
        InvalidInputException.refuseIfAny(problems);
        String password = temporaryPassword();
        AppUser user = new AppUser(username, draft.fullName().strip(), blankToNull(draft.email()),
                passwordEncoder.encode(password), draft.roles(), clock.instant());
        user.changePassword(user.getPasswordHash(), true);
        long id = users.saveAndFlush(user).getId();
        events.publishEvent(new AccountCreatedEvent(id));
        log.info("User '{}' created by '{}' with roles {}", username, currentUser.require().getUsername(),
                draft.roles());
        return new TemporaryPassword(id, password);
    }

    /** Who a message to a user goes to (the notification jobs run as the system). */
    @RolesAllowed(Roles.ADMIN)
    public Optional<MailRecipient> mailRecipient(long id) {
        return users.findById(id).map(user -> new MailRecipient(user.getId(), user.getFullName(), user.getEmail()));
    }

    /** Every enabled user holding a role, as recipients of that role's messages. */
    @RolesAllowed(Roles.ADMIN)
    public List<MailRecipient> mailRecipients(Role role) {
        return users.findEnabledWithRole(role).stream()
                .map(option -> mailRecipient(option.id()).orElseThrow())
                .toList();
    }

    /** Changes name, email and roles from the version the admin saw. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void update(long id, long expectedVersion, UserDraft draft) {
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        List<FieldProblem> problems = problems(draft);
        if (user.getRoles().contains(Role.ADMIN) && !draft.roles().contains(Role.ADMIN) && user.isEnabled()
                && isLastEnabledAdmin(user)) {
            problems.add(new FieldProblem("roles", "users.last-admin"));
        }
        InvalidInputException.refuseIfAny(problems);
        boolean rolesChanged = !user.getRoles().equals(EnumSet.copyOf(draft.roles()));
        user.update(draft.fullName().strip(), blankToNull(draft.email()), draft.roles());
        if (rolesChanged) {
            user.endSessions();
        }
        users.saveAndFlush(user);
        if (rolesChanged) {
            // Roles live in the session's principal: end the sessions so that the next request logs in with the new ones.
            // Here at once; on the other nodes at their next request (SessionVersionFilter, session_version).
            activeSessions.endSessionsOf(user.getUsername());
        }
    }

    /** Enables or disables a user; disabling ends that user's open sessions at once. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long id, long expectedVersion, boolean enabled) {
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        if (!enabled && user.getUsername().equalsIgnoreCase(currentUser.require().getUsername())) {
            throw new InvalidInputException(new FieldProblem("enabled", "users.disable-self"));
        }
        if (!enabled && user.getRoles().contains(Role.ADMIN) && isLastEnabledAdmin(user)) {
            throw new InvalidInputException(new FieldProblem("enabled", "users.last-admin"));
        }
        user.setEnabled(enabled);
        if (!enabled) {
            user.endSessions();
        }
        users.saveAndFlush(user);
        log.info("User '{}' {} by '{}'", user.getUsername(), enabled ? "enabled" : "disabled",
                currentUser.require().getUsername());
        if (!enabled) {
            events.publishEvent(new AccountDisabledEvent(id));
            activeSessions.endSessionsOf(user.getUsername());
        }
    }

    /** A new temporary password for a user who forgot theirs; their sessions end and they must change it. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public TemporaryPassword resetPassword(long id) {
        AppUser user = find(id);
        String password = temporaryPassword();
        user.changePassword(passwordEncoder.encode(password), true);
        user.endSessions();
        users.saveAndFlush(user);
        events.publishEvent(new PasswordResetEvent(id));
        log.info("Password of user '{}' reset by '{}'", user.getUsername(), currentUser.require().getUsername());
        activeSessions.endSessionsOf(user.getUsername());
        return new TemporaryPassword(id, password);
    }

    /** Every user changes their own password, proving the current one; the policy applies. */
    @Transactional
    public void changeOwnPassword(String current, String next, String repeated) {
        AppUser user = find(currentUser.require().id());
        if (current == null || !passwordEncoder.matches(current, user.getPasswordHash())) {
            throw new InvalidInputException(new FieldProblem("current", "password.current.wrong"));
        }
        if (next == null || !next.equals(repeated)) {
            throw new InvalidInputException(new FieldProblem("repeated", "password.repeat.mismatch"));
        }
        Optional<String> violation = passwordPolicy.violation(user.getUsername(), next);
        if (violation.isPresent()) {
            throw new InvalidInputException(new FieldProblem("next", violation.get()));
        }
        if (passwordEncoder.matches(next, user.getPasswordHash())) {
            throw new InvalidInputException(new FieldProblem("next", "password.same"));
        }
        user.changePassword(passwordEncoder.encode(next), false);
        users.saveAndFlush(user);
        log.info("User '{}' changed their password", user.getUsername());
    }

    private List<FieldProblem> problems(UserDraft draft) {
        return new ArrayList<>(FieldProblem.of(validator.validate(draft)));
    }

    private boolean isLastEnabledAdmin(AppUser user) {
        return users.findEnabledWithRole(Role.ADMIN).stream().noneMatch(other -> !other.id().equals(user.getId()));
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NoSuchElementException("No user " + id));
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.trim();
    }

    /** Grid sort orders arrive from the browser; only known properties reach the query. */
    private static Pageable withSafeSort(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        Sort sort = orders.isEmpty() ? Sort.by("username") : Sort.by(orders);
        return pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
