package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.Health;
import cl.clusterminero.gestion.roadmap.ReviewDecision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The health and board-decision badges every roadmap and board screen shows the same way. */
public final class RoadmapBadges {

    /** The lit template of the badge, for grids; values are escaped by the template engine. */
    public static final String HEALTH_TEMPLATE =
            "<span class=\"status-badge health-${item.health}\">${item.healthLabel}</span>";

    private RoadmapBadges() {
    }

    public static Span health(Component owner, Health health) {
        Span badge = new Span(owner.getTranslation(health.labelKey()));
        badge.addClassNames("status-badge", "health-" + health.name());
        return badge;
    }

    public static Span decision(Component owner, ReviewDecision decision) {
        Span badge = new Span(owner.getTranslation(decision.labelKey()));
        badge.addClassNames("status-badge", "decision-" + decision.name());
        return badge;
    }
}
