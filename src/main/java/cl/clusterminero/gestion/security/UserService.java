package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users and their roles, as the admin sees them. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private static final Set<String> SORTABLE = Set.of("username", "fullName", "email", "enabled");

    private final AppUserRepository users;
    private final AuditTrail auditTrail;

    UserService(AppUserRepository users, AuditTrail auditTrail) {
        this.users = users;
        this.auditTrail = auditTrail;
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
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public Map<Long, String> fullNames(java.util.Collection<Long> ids) {
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
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT})
    public List<UserOption> enabledUsers() {
        return users.findEnabled();
    }

    /** The audit history of a user: data, enabled flag and roles (never password hashes), newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> changes(long userId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("app_user", "id", userId),
                auditTrail.collectionHistory("app_user_role", userId)));
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
                ? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
