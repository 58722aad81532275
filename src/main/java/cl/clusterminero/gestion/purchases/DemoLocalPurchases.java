package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo local purchase reports, 2019–2025 for nine of the demo mining companies plus the first quarters of 2026 for
 * two of them, and the current roadmap's targets (15 % in 2021 rising to 25 % in 2025). The figures are invented
 * but in the order of the public ones: a large operator reports about 17 % of its purchases in the region in 2025,
 * the others between 16 % and 35 %, and the cluster rises toward the target without reaching it. Idempotent: only
 * missing reports and targets are added.
 */
@Component
@Profile("demo")
class DemoLocalPurchases implements DemoSeed {

    /** Legal name, total purchases in 2019 (millions of CLP), yearly growth, regional share 2019 and 2025, source. */
    private record Company(String legalName, long total2019Millions, double growth, double share2019,
                           double share2025, ReportSource source) {
    }

    private static final Company[] COMPANIES = {
            new Company("Minera Escondida Limitada", 2_600_000, 0.04, 12.0, 17.0, ReportSource.PUBLIC_REPORT),
            new Company("Codelco Chile, División Chuquicamata", 1_450_000, 0.03, 19.0, 26.5,
                    ReportSource.PUBLIC_REPORT),
            new Company("Codelco Chile, División Radomiro Tomic", 820_000, 0.03, 21.0, 29.0,
                    ReportSource.PUBLIC_REPORT),
            new Company("Codelco Chile, División Ministro Hales", 560_000, 0.02, 17.0, 23.5,
                    ReportSource.PUBLIC_REPORT),
            new Company("Minera Spence S.A.", 700_000, 0.06, 10.0, 16.0, ReportSource.SELF_DECLARED),
            new Company("Sierra Gorda Sociedad Contractual Minera", 640_000, 0.03, 14.0, 21.0,
                    ReportSource.SELF_DECLARED),
            new Company("Minera Centinela", 980_000, 0.04, 15.0, 22.0, ReportSource.AUDITED),
            new Company("Compañía Minera Zaldívar SpA", 280_000, 0.01, 25.0, 34.5, ReportSource.SELF_DECLARED),
            new Company("SQM Salar S.A.", 850_000, 0.05, 27.0, 32.0, ReportSource.AUDITED),
    };
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;
    private static final int[][] TARGETS = {{2021, 1500}, {2022, 1750}, {2023, 2000}, {2024, 2250}, {2025, 2500}};

    private final LocalPurchaseService service;
    private final LocalPurchaseReportRepository reports;
    private final MemberService memberService;

    DemoLocalPurchases(LocalPurchaseService service, LocalPurchaseReportRepository reports,
                       MemberService memberService) {
        this.service = service;
        this.reports = reports;
        this.memberService = memberService;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void seed() {
        SystemAuthentication.runAsSystem(this::seedAsSystem);
    }

    private void seedAsSystem() {
        service.currentRoadmap().map(RoadmapOption::id).ifPresent(roadmapId -> {
            var existing = service.targets(roadmapId);
            for (int[] target : TARGETS) {
                if (existing.stream().noneMatch(row -> row.year() == target[0])) {
                    service.saveTarget(roadmapId, null, 0, target[0], BigDecimal.valueOf(target[1], 2));
                }
            }
        });
        Random random = new Random(2019);
        for (int c = 0; c < COMPANIES.length; c++) {
            Company company = COMPANIES[c];
            Optional<MemberOption> member = memberService.options(MemberType.MINING_COMPANY, company.legalName(),
                    PageRequest.of(0, 1)).stream().findFirst();
            if (member.isEmpty()) {
                continue;
            }
            long memberId = member.get().id();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                double step = (year - FIRST_YEAR) / (double) (LAST_YEAR - FIRST_YEAR);
                double share = company.share2019() + (company.share2025() - company.share2019()) * step
                        + (year == LAST_YEAR ? 0 : random.nextGaussian() * 0.6);
                long totalMillions = Math.round(company.total2019Millions()
                        * Math.pow(1 + company.growth(), year - FIRST_YEAR) * (0.97 + random.nextDouble() * 0.06));
                report(memberId, year, 0, totalMillions, share, company, random);
            }
            if (c < 2) {
                // The current year so far, quarter by quarter, for the two largest.
                for (int quarter = 1; quarter <= 3; quarter++) {
                    long totalMillions = Math.round(company.total2019Millions() * Math.pow(1 + company.growth(), 7)
                            / 4 * (0.95 + random.nextDouble() * 0.1));
                    report(memberId, LAST_YEAR + 1, quarter, totalMillions, company.share2025() + 0.4 * quarter,
                            company, random);
                }
            }
        }
    }

    private void report(long memberId, int year, int quarter, long totalMillions, double share, Company company,
                        Random random) {
        if (reports.findByMemberIdAndYearAndQuarter(memberId, year, quarter).isPresent()) {
            return;
        }
        long total = totalMillions * 1_000_000;
        long regional = Math.round(totalMillions * share / 100) * 1_000_000;
        int suppliers = (int) (totalMillions / 900 + 400 + random.nextInt(200));
        LocalPurchaseDraft draft = new LocalPurchaseDraft();
        draft.setMemberId(memberId);
        draft.setYear(year);
        draft.setQuarter(quarter);
        draft.setTotalClp(total);
        draft.setRegionalClp(regional);
        draft.setTotalSuppliers(suppliers);
        draft.setRegionalSuppliers((int) Math.round(suppliers * Math.min(0.6, share * 1.6 / 100)));
        draft.setPaidOnTimePercent(BigDecimal.valueOf(70 + random.nextInt(26) + (year - FIRST_YEAR) * 0.5)
                .setScale(1, RoundingMode.HALF_UP));
        draft.setSource(quarter > 0 ? ReportSource.SELF_DECLARED : company.source());
        draft.setNote(quarter > 0 ? "Avance trimestral informado a la secretaría" : null);
        service.create(draft);
    }
}
