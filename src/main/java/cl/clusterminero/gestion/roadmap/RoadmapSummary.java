package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The current roadmap at a glance, for the dashboard: progress per axis, initiatives by health and by status,
 * milestones overdue and due within 30 days, and the latest progress updates. All aggregates come from SQL.
 */
public record RoadmapSummary(Long roadmapId, String roadmapName, List<AxisProgress> axes,
                             Map<Health, Integer> byHealth, Map<InitiativeStatus, Integer> byStatus,
                             int overdueMilestones, int dueSoonMilestones, List<LatestUpdate> latestUpdates) {

    /** A recent progress update with the initiative it moved. */
    public record LatestUpdate(Long initiativeId, String initiativeCode, String milestoneTitle,
                               MilestoneStatus newStatus, int newPercent, String authorName,
                               LocalDate date) {
    }
}
