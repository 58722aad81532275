package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditTrail;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local purchases ledger's rules: everyone reads; the secretariat (and admin) record, edit and delete reports of
 * mining companies, one per company and period; only the admin sets the roadmap's yearly targets. Every write checks
 * the version the user started from. Shares are computed from summed CLP amounts, never averaged.
 */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class LocalPurchaseService {

    private static final Logger log = LoggerFactory.getLogger(LocalPurchaseService.class);
    static final int FIRST_YEAR = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LocalPurchaseReportRepository reports;
    private final PurchaseTargetRepository targets;
    private final LocalPurchaseQueries queries;
    private final MemberService memberService;
    private final RoadmapService roadmapService;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail auditTrail;

    LocalPurchaseService(LocalPurchaseReportRepository reports, PurchaseTargetRepository targets,
                         LocalPurchaseQueries queries, MemberService memberService, RoadmapService roadmapService,
                         Validator validator, CurrentUser currentUser, Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.reports = reports;
        this.targets = targets;
        this.queries = queries;
        this.memberService = memberService;
        this.roadmapService = roadmapService;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<LocalPurchaseRow> search(LocalPurchaseFilter filter, Pageable pageable) {
        return queries.rows(filter, pageable);
    }

    @Transactional(readOnly = true)
    public long count(LocalPurchaseFilter filter) {
        return queries.count(filter);
    }

    @Transactional(readOnly = true)
    public LocalPurchaseDetails details(long id) {
        LocalPurchaseReport report = find(id);
        return new LocalPurchaseDetails(report.getId(), report.getVersion(), memberName(report.getMemberId()),
                report.toDraft(), report.getCreatedAt(), report.getCreatedBy(), report.getUpdatedAt(),
                report.getUpdatedBy());
    }

    /** Mining companies whose legal name starts with the text, for the company pickers. */
    @Transactional(readOnly = true)
    public List<MemberOption> miningCompanies(String text, Pageable pageable) {
        return memberService.options(MemberType.MINING_COMPANY, text, pageable);
    }

    /** The member, whatever its type, for headings; empty when there is none with that id. */
    @Transactional(readOnly = true)
    public Optional<MemberOption> member(long memberId) {
        return memberService.optionsById(List.of(memberId)).stream().findFirst();
    }

    /** A company's regional share per year, with the current roadmap's target for each year. */
    @Transactional(readOnly = true)
    public List<ShareByYear> companyShares(long memberId) {
        Map<Integer, BigDecimal> byYear = currentTargets();
        return queries.years(memberId).stream().map(year -> withTarget(year, byYear.get(year.year()))).toList();
    }

    /**
     * The cluster's regional share per year (sum of regional purchases over sum of total purchases of every company
     * reporting that year), with the current roadmap's targets; years with a target and no reports are included.
     */
    @Transactional(readOnly = true)
    public List<ShareByYear> clusterShares() {
        Map<Integer, BigDecimal> byYear = currentTargets();
        Map<Integer, ShareByYear> years = new TreeMap<>();
        queries.years(null).forEach(year -> years.put(year.year(), withTarget(year, byYear.get(year.year()))));
        byYear.forEach((year, target) -> years.putIfAbsent(year,
                new ShareByYear(year, 0, 0, null, target, 0, false)));
        return List.copyOf(years.values());
    }

    /**
     * The cluster's share in the latest complete year before the current one (every company that reported it with a
     * whole-year report or its four quarters), against that year's target; empty when no year qualifies.
     */
    @Transactional(readOnly = true)
    public Optional<ClusterShareSummary> clusterShareSummary() {
        int currentYear = LocalDate.now(clock.withZone(DisplayFormats.ZONE)).getYear();
        return clusterShares().stream()
                .filter(year -> year.year() < currentYear && year.share() != null && !year.partial())
                .reduce((first, second) -> second)
                .map(year -> new ClusterShareSummary(year.year(), year.share(), year.target(), year.regionalClp(),
                        year.totalClp(), year.companies()));
    }

    /** The roadmap that holds the targets the views compare against; empty when none is current. */
    @Transactional(readOnly = true)
    public Optional<RoadmapOption> currentRoadmap() {
        return roadmapService.roadmaps().stream().filter(RoadmapOption::current).findFirst();
    }

    @Transactional(readOnly = true)
    public List<PurchaseTargetRow> targets(long roadmapId) {
        return targets.findByRoadmapIdOrderByYearAsc(roadmapId).stream().map(PurchaseTarget::toRow).toList();
    }

    // --- validation ----------------------------------------------------------------------------------------------

    /**
     * Every reason the draft would be refused: required fields, a member that is not a mining company, a year or
     * quarter out of range, negative amounts or supplier counts, a regional part above the total, a share paid on
     * time outside 0–100, and a report that already exists for the company and period (naming both).
     * {@code existingId} is null for a new report.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public List<FieldProblem> problems(LocalPurchaseDraft draft, Long existingId) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(draft)));
        Optional<MemberOption> member = Optional.empty();
        if (draft.getMemberId() != null) {
            member = memberService.optionsById(List.of(draft.getMemberId())).stream().findFirst();
            if (member.isEmpty()) {
                problems.add(new FieldProblem("memberId", "purchases.member.unknown"));
            } else if (member.get().type() != MemberType.MINING_COMPANY) {
                problems.add(new FieldProblem("memberId", "purchases.member.not-mining-company",
                        member.get().legalName()));
            }
        }
        int lastYear = LocalDate.now(clock.withZone(DisplayFormats.ZONE)).getYear();
        if (draft.getYear() != null && (draft.getYear() < FIRST_YEAR || draft.getYear() > lastYear)) {
            problems.add(new FieldProblem("year", "purchases.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(lastYear)));
        }
        if (draft.getQuarter() != null && (draft.getQuarter() < 1 || draft.getQuarter() > 4)) {
            problems.add(new FieldProblem("quarter", "purchases.quarter.range"));
        }
        if (draft.getTotalClp() != null && draft.getTotalClp() < 0) {
            problems.add(new FieldProblem("totalClp", "validation.not-negative"));
        }
        if (draft.getRegionalClp() != null && draft.getRegionalClp() < 0) {
            problems.add(new FieldProblem("regionalClp", "validation.not-negative"));
        } else if (draft.getRegionalClp() != null && draft.getTotalClp() != null && draft.getTotalClp() >= 0
                && draft.getRegionalClp() > draft.getTotalClp()) {
            problems.add(new FieldProblem("regionalClp", "purchases.regional.above-total"));
        }
        if (draft.getTotalSuppliers() != null && draft.getTotalSuppliers() < 0) {
            problems.add(new FieldProblem("totalSuppliers", "validation.not-negative"));
        }
        if (draft.getRegionalSuppliers() != null && draft.getRegionalSuppliers() < 0) {
            problems.add(new FieldProblem("regionalSuppliers", "validation.not-negative"));
        } else if (draft.getRegionalSuppliers() != null && draft.getTotalSuppliers() != null
                && draft.getTotalSuppliers() >= 0 && draft.getRegionalSuppliers() > draft.getTotalSuppliers()) {
            problems.add(new FieldProblem("regionalSuppliers", "purchases.suppliers.regional-above-total"));
        }
        if (draft.getPaidOnTimePercent() != null && (draft.getPaidOnTimePercent().signum() < 0
                || draft.getPaidOnTimePercent().compareTo(HUNDRED) > 0)) {
            problems.add(new FieldProblem("paidOnTimePercent", "purchases.percent.range"));
        }
        if (member.isPresent() && draft.getYear() != null) {
            int quarter = draft.getQuarter() == null ? 0 : draft.getQuarter();
            String memberName = member.get().legalName();
            reports.findByMemberIdAndYearAndQuarter(draft.getMemberId(), draft.getYear(), quarter)
                    .filter(other -> !other.getId().equals(existingId))
                    .ifPresent(other -> problems.add(new FieldProblem("year", "purchases.period.duplicate",
                            memberName, String.valueOf(draft.getYear()), quarter)));
        }
        return problems;
    }

    // --- writing -------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public long create(LocalPurchaseDraft draft) {
        refuseIfInvalid(draft, null);
        LocalPurchaseReport report = new LocalPurchaseReport(clock.instant(), username());
        report.apply(draft);
        reports.saveAndFlush(report);
        log.info("{} recorded local purchases {} of member {} for {}/{}", username(), report.getId(),
                report.getMemberId(), report.getYear(), report.getQuarter());
        return report.getId();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void update(long id, long expectedVersion, LocalPurchaseDraft draft) {
        LocalPurchaseReport report = findAtVersion(id, expectedVersion);
        refuseIfInvalid(draft, id);
        report.apply(draft);
        report.touch(clock.instant(), username());
        reports.saveAndFlush(report);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public void delete(long id, long expectedVersion) {
        LocalPurchaseReport report = findAtVersion(id, expectedVersion);
        reports.delete(report);
        reports.flush();
        log.info("{} deleted local purchases {}", username(), id);
    }

    /**
     * Sets a roadmap's target for a year ({@code targetId} null adds one; otherwise changes the one the admin saw at
     * {@code expectedVersion}). The share is a percentage from 0 to 100 with at most two decimals.
     */
    @RolesAllowed(Roles.ADMIN)
    public long saveTarget(long roadmapId, Long targetId, long expectedVersion, Integer year, BigDecimal share) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(new FieldProblem("year", "validation.required"));
        } else if (year < FIRST_YEAR || year > 2100) {
            problems.add(new FieldProblem("year", "purchases.year.range", String.valueOf(FIRST_YEAR), "2100"));
        }
        if (share == null) {
            problems.add(new FieldProblem("share", "validation.required"));
        } else if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            problems.add(new FieldProblem("share", "purchases.percent.range"));
        }
        if (year != null) {
            targets.findByRoadmapIdAndYear(roadmapId, year).filter(other -> !other.getId().equals(targetId))
                    .ifPresent(other -> problems.add(new FieldProblem("year", "purchases.target.duplicate",
                            String.valueOf(year))));
        }
        InvalidInputException.refuseIfAny(problems);
        BigDecimal rounded = share.setScale(2, RoundingMode.HALF_UP);
        PurchaseTarget target;
        if (targetId == null) {
            if (roadmapService.roadmaps().stream().noneMatch(roadmap -> roadmap.id() == roadmapId)) {
                throw new NoSuchElementException("No roadmap " + roadmapId);
            }
            target = new PurchaseTarget(roadmapId, year, rounded);
        } else {
            target = targets.findById(targetId).filter(t -> t.getRoadmapId() == roadmapId)
                    .filter(t -> t.getVersion() == expectedVersion)
                    .orElseThrow(() -> new ObjectOptimisticLockingFailureException(PurchaseTarget.class, targetId));
            target.change(year, rounded);
        }
        targets.saveAndFlush(target);
        log.info("{} set the local purchases target of roadmap {} for {} to {} %", username(), roadmapId, year,
                rounded);
        return target.getId();
    }

    @RolesAllowed(Roles.ADMIN)
    public void deleteTarget(long targetId, long expectedVersion) {
        PurchaseTarget target = targets.findById(targetId).filter(t -> t.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(PurchaseTarget.class, targetId));
        targets.delete(target);
        targets.flush();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The report of a company for a period, for the import's update-by-key: id and version, or empty. */
    Optional<long[]> idAndVersion(long memberId, int year, int quarter) {
        return reports.findByMemberIdAndYearAndQuarter(memberId, year, quarter)
                .map(report -> new long[] {report.getId(), report.getVersion()});
    }

    private Map<Integer, BigDecimal> currentTargets() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        currentRoadmap().ifPresent(roadmap -> targets.findByRoadmapIdOrderByYearAsc(roadmap.id())
                .forEach(target -> byYear.put(target.getYear(), target.getRegionalShare())));
        return byYear;
    }

    private static ShareByYear withTarget(ShareByYear year, BigDecimal target) {
        return new ShareByYear(year.year(), year.totalClp(), year.regionalClp(), year.share(), target,
                year.companies(), year.partial());
    }

    private void refuseIfInvalid(LocalPurchaseDraft draft, Long existingId) {
        List<FieldProblem> problems = problems(draft, existingId);
        InvalidInputException.refuseIfAny(problems);
    }

    private String memberName(long memberId) {
        return memberService.optionsById(List.of(memberId)).stream().findFirst().map(MemberOption::legalName)
                .orElse("");
    }

    private LocalPurchaseReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NoSuchElementException("No local purchase report " + id));
    }

    private LocalPurchaseReport findAtVersion(long id, long expectedVersion) {
        LocalPurchaseReport report = find(id);
        if (report.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LocalPurchaseReport.class, id);
        }
        return report;
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    /** The audit history of a report, newest first. */
    public List<AuditEntry> changes(long reportId) {
        return auditTrail.history("local_purchase_report", "id", reportId);
    }
}
