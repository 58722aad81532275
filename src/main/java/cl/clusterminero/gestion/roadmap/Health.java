package cl.clusterminero.gestion.roadmap;

/**
 * An initiative's health, computed in SQL from its milestones (see {@link RoadmapQueries}): delayed when a milestone
 * not done is past its due date; at risk when none is overdue but one is blocked, or due within
 * {@value RoadmapQueries#AT_RISK_DAYS} days with less than half done; on track otherwise.
 */
public enum Health {
    ON_TRACK, AT_RISK, DELAYED;

    public String labelKey() {
        return "health." + name();
    }
}
