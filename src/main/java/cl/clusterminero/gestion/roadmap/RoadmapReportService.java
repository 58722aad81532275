package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.pdf.PdfReport;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap status report as a PDF for the board: for each strategic axis its progress, the health of its
 * initiatives and its oldest overdue milestones, from the same SQL roll-up as the screens.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapReportService {

    /** The report lists at most this many overdue milestones per axis, the oldest first. */
    static final int OVERDUE_PER_AXIS = 5;

    private final RoadmapRepository roadmaps;
    private final RoadmapQueries queries;
    private final TranslationProvider translations;
    private final Clock clock;

    RoadmapReportService(RoadmapRepository roadmaps, RoadmapQueries queries, TranslationProvider translations,
                         Clock clock) {
        this.roadmaps = roadmaps;
        this.queries = queries;
        this.translations = translations;
        this.clock = clock;
    }

    /** A roadmap's status report, texts in {@code locale}. */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public byte[] statusReport(long roadmapId, Locale locale) {
        RoadmapOption roadmap = roadmaps.options().stream().filter(option -> option.id() == roadmapId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No roadmap " + roadmapId));
        LocalDate today = LocalDate.now(clock);
        List<AxisProgress> axes = queries.axes(roadmap.id(), today);
        Map<Health, Integer> byHealth = queries.initiativesByHealth(roadmap.id(), today);
        int[] deadlines = queries.milestoneDeadlines(roadmap.id(), today, MilestoneService.MY_MILESTONES_DAYS);
        Map<Long, List<OverdueMilestone>> overdue = queries.overdueMilestones(roadmap.id(), today, OVERDUE_PER_AXIS)
                .stream().collect(Collectors.groupingBy(OverdueMilestone::axisId));

        String generated = DisplayFormats.dateTime(clock.instant());
        PdfReport pdf = new PdfReport(t(locale, "report.roadmap.title"),
                t(locale, "report.roadmap.subtitle", roadmap.name(), generated),
                t(locale, "report.footer", roadmap.name()));
        pdf.heading(t(locale, "report.roadmap.summary"));
        pdf.paragraph(t(locale, "report.roadmap.health",
                byHealth.getOrDefault(Health.ON_TRACK, 0), byHealth.getOrDefault(Health.AT_RISK, 0),
                byHealth.getOrDefault(Health.DELAYED, 0)));
        pdf.paragraph(t(locale, "report.roadmap.deadlines", deadlines[0], deadlines[1],
                MilestoneService.MY_MILESTONES_DAYS));
        for (AxisProgress axis : axes) {
            pdf.bar(axis.code() + " · " + axis.name(), axis.progress(), axis.progress() + "%");
        }
        for (AxisProgress axis : axes) {
            pdf.heading(axis.code() + " · " + axis.name());
            pdf.paragraph(t(locale, "report.roadmap.axis", axis.initiatives(), axis.progress(),
                    axis.initiatives() - axis.delayed() - axis.atRisk(), axis.atRisk(), axis.delayed()));
            List<OverdueMilestone> late = overdue.getOrDefault(axis.id(), List.of());
            if (late.isEmpty()) {
                pdf.note(t(locale, "report.roadmap.no-overdue"));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (OverdueMilestone milestone : late) {
                rows.add(List.of(milestone.initiativeCode(), milestone.title(),
                        milestone.programName() == null ? "—" : milestone.programName(),
                        DisplayFormats.date(milestone.dueDate()), milestone.percent() + "%"));
            }
            pdf.note(t(locale, "report.roadmap.overdue", OVERDUE_PER_AXIS));
            pdf.table(new float[] {12, 42, 26, 12, 8}, List.of(t(locale, "report.col.initiative"),
                    t(locale, "report.col.milestone"), t(locale, "report.col.program"), t(locale, "report.col.due"),
                    t(locale, "report.col.percent")), rows);
        }
        pdf.note(t(locale, "report.roadmap.rule"));
        return pdf.finish();
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
