package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member registry's rules: everyone reads; the secretariat (and admin) create, edit, change status and delete
 * members created by mistake. Every write checks the version the user started from, so that two people editing the
 * same member never overwrite each other.
 */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class MemberService {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    /** Up to this many matches the grid shows an exact count; above it, an estimate. */
    public static final int EXACT_COUNT_LIMIT = 1_000;

    /** Grid sort keys the browser may send, and the entity property each sorts on. */
    private static final Map<String, String> SORTABLE = Map.of(
            "rut", "rut", "legalName", "legalName", "type", "type", "commune", "commune", "size", "size",
            "status", "status", "joinDate", "joinDate");

    /** Sort keys whose index continues with the legal name: (member_type, legal_name) and so on. */
    private static final Set<String> ENUM_SORTS = Set.of("type", "commune", "size", "status");

    private final MemberRepository members;
    private final ContactRepository contacts;
    private final StatusChangeRepository statusChanges;
    private final SupplierLinkRepository supplierLinks;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail auditTrail;

    MemberService(MemberRepository members, ContactRepository contacts, StatusChangeRepository statusChanges,
                  SupplierLinkRepository supplierLinks, Validator validator, CurrentUser currentUser, Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.members = members;
        this.contacts = contacts;
        this.statusChanges = statusChanges;
        this.supplierLinks = supplierLinks;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<MemberRow> search(MemberFilter filter, Pageable pageable) {
        // Two queries a page: the ids from the index that serves the search or the sort, with only the filters that
        // are set (deep offsets skip index entries, not rows), then those rows by primary key.
        List<Long> ids = members.searchIds(MemberSearch.of(filter), withSafeSort(pageable));
        Map<Long, MemberRow> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            members.rowsByIds(ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .forEach(row -> rows.put(row.id(), row));
        }
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        return members.count(MemberSearch.of(filter));
    }

    /**
     * The grid's count, bounded in cost whatever the registry's size: exact up to {@value #EXACT_COUNT_LIMIT}
     * matches (read as at most that many index entries); above that, InnoDB's row estimate when nothing is filtered
     * ("about N"), or "more than {@value #EXACT_COUNT_LIMIT}" for a filter.
     */
    @Transactional(readOnly = true)
    public MemberCount countForGrid(MemberFilter filter) {
        MemberSearch search = MemberSearch.of(filter);
        int matches = members.searchIds(search, PageRequest.of(0, EXACT_COUNT_LIMIT + 1)).size();
        if (matches <= EXACT_COUNT_LIMIT) {
            return new MemberCount(matches, MemberCount.Precision.EXACT);
        }
        if (!search.hasText() && !search.hasFilters()) {
            Number estimate = members.estimatedRows();
            return new MemberCount(Math.max(EXACT_COUNT_LIMIT + 1L, estimate == null ? 0 : estimate.longValue()),
                    MemberCount.Precision.ABOUT);
        }
        return new MemberCount(EXACT_COUNT_LIMIT, MemberCount.Precision.MORE_THAN);
    }

    @Transactional(readOnly = true)
    public MemberDetails details(long id) {
        Member member = find(id);
        return new MemberDetails(member.getId(), member.getVersion(), member.getRut(), member.getLegalName(),
                member.getType(), member.getCommune(), member.getStatus(), member.getJoinDate(),
                member.getWithdrawalDate(), member.getWithdrawalReason(), member.getCreatedAt(),
                member.getCreatedBy(), member.getUpdatedAt(), member.getUpdatedBy(), isDeletable(id));
    }

    @Transactional(readOnly = true)
    public MemberDraft draft(long id) {
        return find(id).toDraft();
    }

    @Transactional(readOnly = true)
    public List<StatusChangeRow> history(long id) {
        return statusChanges.findRows(id);
    }

    @Transactional(readOnly = true)
    public List<ContactRow> contacts(long memberId) {
        return contacts.findByMemberIdOrderByPrimaryContactDescFullNameAsc(memberId).stream()
                .map(Contact::toRow).toList();
    }

    @Transactional(readOnly = true)
    public List<MemberOption> suppliersOf(long miningCompanyId) {
        return supplierLinks.suppliersOf(miningCompanyId);
    }

    @Transactional(readOnly = true)
    public List<MemberOption> miningCompaniesServedBy(long supplierId) {
        return supplierLinks.miningCompaniesServedBy(supplierId);
    }

    /** Members not withdrawn, by type, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<MemberType, Long> countByType() {
        Map<MemberType, Long> counts = new EnumMap<>(MemberType.class);
        members.countByType().forEach(row -> counts.put((MemberType) row[0], (Long) row[1]));
        return counts;
    }

    /** Members not withdrawn, by commune, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<Commune, Long> countByCommune() {
        Map<Commune, Long> counts = new EnumMap<>(Commune.class);
        members.countByCommune().forEach(row -> counts.put((Commune) row[0], (Long) row[1]));
        return counts;
    }

    /** The given members, for showing who takes part in something. */
    @Transactional(readOnly = true)
    public List<MemberOption> optionsById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : members.optionsById(ids);
    }

    /** Members of one type (any type when null) whose legal name starts with the text, for pickers. */
    @Transactional(readOnly = true)
    public List<MemberOption> options(MemberType type, String text, Pageable pageable) {
        return members.options(type, text == null || text.isBlank() ? null : MemberSearch.likePrefix(text.strip()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    // --- validation ------------------------------------------------------------------------------------------------

    /**
     * Every reason the draft would be refused: the single-field rules of {@link MemberDraft}, a RUT already used by
     * another member (naming it), and a join date for an active member. {@code existingId} is null for a new member.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public List<FieldProblem> problems(MemberDraft draft, Long existingId) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        Rut.parse(draft.getRut()).flatMap(rut -> members.findByRut(rut.normalised()))
                .filter(other -> !other.getId().equals(existingId))
                .ifPresent(other -> problems.add(new FieldProblem("rut", "member.rut.duplicate",
                        other.getLegalName())));
        if (existingId == null) {
            if (draft.getStatus() != null && draft.getStatus() != MembershipStatus.PROSPECT
                    && draft.getStatus() != MembershipStatus.ACTIVE) {
                problems.add(new FieldProblem("status", "member.status.initial"));
            }
            if (draft.getStatus() == MembershipStatus.ACTIVE && draft.getJoinDate() == null) {
                problems.add(new FieldProblem("joinDate", "member.join-date.required"));
            }
        }
        return problems;
    }

    // --- writing -------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long create(MemberDraft draft) {
        refuseIfInvalid(draft, null);
        Instant now = clock.instant();
        String username = username();
        LocalDate joinDate = draft.getStatus() == MembershipStatus.ACTIVE ? draft.getJoinDate() : null;
        Member member = new Member(Rut.parse(draft.getRut()).orElseThrow().normalised(), draft.getStatus(), joinDate,
                now, username);
        member.applyData(draft);
        members.saveAndFlush(member);
        statusChanges.save(new StatusChange(member.getId(), null, draft.getStatus(), joinDate, null, username, now));
        log.info("{} created member {} ({})", username, member.getId(), member.getRut());
        return member.getId();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void update(long id, long expectedVersion, MemberDraft draft) {
        Member member = findAtVersion(id, expectedVersion);
        refuseIfInvalid(draft, id);
        if (draft.getType() != member.getType() && supplierLinks.countInvolving(id) > 0) {
            // A mining company or supplier with links keeps its type, or the links would point at the wrong kind.
            throw new InvalidInputException(new FieldProblem("type", "member.type.has-links"));
        }
        member.changeRut(Rut.parse(draft.getRut()).orElseThrow().normalised());
        member.applyData(draft);
        member.touch(clock.instant(), username());
        members.saveAndFlush(member);
    }

    /**
     * Moves a member along the lifecycle. Every change needs an effective date that is not in the future and not
     * before the join date; withdrawal and suspension need a reason. The change is kept in the history.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void changeStatus(long id, long expectedVersion, MembershipStatus next, LocalDate date, String reason) {
        Member member = findAtVersion(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        MembershipStatus current = member.getStatus();
        if (next == null || !current.canBecome(next)) {
            problems.add(new FieldProblem("status", "member.status.not-allowed"));
        }
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            problems.add(new FieldProblem("date", "validation.required"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "validation.not-future"));
        } else if (member.getJoinDate() != null && date.isBefore(member.getJoinDate())
                && !(next == MembershipStatus.ACTIVE && current == MembershipStatus.WITHDRAWN)) {
            problems.add(new FieldProblem("date", "member.date.before-join"));
        } else if (next == MembershipStatus.ACTIVE && current == MembershipStatus.WITHDRAWN
                && member.getWithdrawalDate() != null && date.isBefore(member.getWithdrawalDate())) {
            problems.add(new FieldProblem("date", "member.date.before-withdrawal"));
        }
        String trimmedReason = reason == null ? "" : reason.strip();
        if ((next == MembershipStatus.WITHDRAWN || next == MembershipStatus.SUSPENDED) && trimmedReason.isEmpty()) {
            problems.add(new FieldProblem("reason", "member.reason.required"));
        } else if (trimmedReason.length() > 500) {
            problems.add(new FieldProblem("reason", "validation.max-length", 500));
        }
        InvalidInputException.refuseIfAny(problems);
        Instant now = clock.instant();
        String username = username();
        member.changeStatus(next, date, trimmedReason.isEmpty() ? null : trimmedReason);
        member.touch(now, username);
        members.saveAndFlush(member);
        statusChanges.save(new StatusChange(id, current, next, date, trimmedReason.isEmpty() ? null : trimmedReason,
                username, now));
        log.info("{} changed member {} from {} to {}", username, id, current, next);
    }

    /** Only a member created by mistake (no history beyond its creation, no supplier links) may be deleted. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void delete(long id, long expectedVersion) {
        Member member = findAtVersion(id, expectedVersion);
        if (!isDeletable(id)) {
            throw new InvalidInputException(new FieldProblem("status", "member.delete.has-history"));
        }
        members.delete(member);
        members.flush();
        log.info("{} deleted member {} ({})", username(), id, member.getRut());
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void saveContact(long memberId, ContactDraft draft) {
        Member member = find(memberId);
        List<FieldProblem> problems = FieldProblem.of(validator.validate(draft));
        InvalidInputException.refuseIfAny(problems);
        Contact contact;
        if (draft.getId() == null) {
            contact = new Contact(memberId);
        } else {
            contact = contacts.findById(draft.getId()).filter(c -> c.getMemberId().equals(memberId))
                    .orElseThrow(() -> new NoSuchElementException("No contact " + draft.getId()));
            if (draft.getVersion() == null || contact.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Contact.class, draft.getId());
            }
        }
        if (draft.isPrimaryContact()) {
            // One primary contact per member: choosing a new one demotes the previous one.
            contacts.findByMemberIdAndPrimaryContactTrue(memberId).stream()
                    .filter(other -> !other.getId().equals(draft.getId()))
                    .forEach(other -> {
                        other.clearPrimary();
                        contacts.saveAndFlush(other);
                    });
        }
        contact.apply(draft);
        contacts.saveAndFlush(contact);
    }

    /** Removes a contact as the user last saw it; if it changed or is gone meanwhile, says so and removes nothing. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void deleteContact(long memberId, long contactId, long expectedVersion) {
        Contact contact = contacts.findById(contactId).filter(c -> c.getMemberId().equals(memberId))
                .filter(c -> c.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Contact.class, contactId));
        contacts.delete(contact);
    }

    /** Links a mining company (mandante) with a supplier (proveedor) that serves it. */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void link(long miningCompanyId, long supplierId) {
        if (find(miningCompanyId).getType() != MemberType.MINING_COMPANY) {
            throw new InvalidInputException(new FieldProblem("miningCompany", "member.link.not-mining-company"));
        }
        if (find(supplierId).getType() != MemberType.SUPPLIER) {
            throw new InvalidInputException(new FieldProblem("supplier", "member.link.not-supplier"));
        }
        if (!supplierLinks.existsByMiningCompanyIdAndSupplierId(miningCompanyId, supplierId)) {
            supplierLinks.save(new SupplierLink(miningCompanyId, supplierId, clock.instant(), username()));
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void unlink(long miningCompanyId, long supplierId) {
        supplierLinks.unlink(miningCompanyId, supplierId);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void refuseIfInvalid(MemberDraft draft, Long existingId) {
        List<FieldProblem> problems = problems(draft, existingId);
        InvalidInputException.refuseIfAny(problems);
    }

    private boolean isDeletable(long id) {
        return statusChanges.countByMemberId(id) <= 1 && supplierLinks.countInvolving(id) == 0;
    }

    private Member find(long id) {
        return members.findById(id).orElseThrow(() -> new NoSuchElementException("No member " + id));
    }

    private Member findAtVersion(long id, long expectedVersion) {
        Member member = find(id);
        if (member.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Member.class, id);
        }
        return member;
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    static Pageable withSafeSort(Pageable pageable) {
        List<Sort.Order> orders = new ArrayList<>();
        pageable.getSort().stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .forEach(order -> orders.add(new Sort.Order(order.getDirection(), SORTABLE.get(order.getProperty()))));
        if (orders.isEmpty()) {
            orders.add(Sort.Order.asc("legalName"));
        }
        // Ties broken in the sort's own direction, along the index that serves it: (type|commune|size|status,
        // legal_name, id) or (legal_name|join_date, id). A mixed direction would force a filesort.
        Sort.Direction direction = orders.getFirst().getDirection();
        if (ENUM_SORTS.contains(orders.getFirst().getProperty())) {
            orders.add(new Sort.Order(direction, "legalName"));
        }
        // The RUT is unique: no tie to break, and "rut, id" would make MariaDB sort the whole table (it does not
        // extend a unique index with the primary key).
        if (!"rut".equals(orders.getFirst().getProperty())) {
            orders.add(new Sort.Order(direction, "id"));
        }
        Sort sort = Sort.by(orders);
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    /** The audit history of a member and its contacts, newest first. */
    public List<AuditEntry> changes(long memberId) {
        return AuditTrail.newestFirst(List.of(auditTrail.history("member", "id", memberId),
                auditTrail.history("contact", "member_id", memberId)));
    }
}
