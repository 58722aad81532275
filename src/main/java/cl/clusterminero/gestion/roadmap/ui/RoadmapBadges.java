package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.roadmap.Health;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The health badge every roadmap screen shows the same way. */
final class RoadmapBadges {

    /** The lit template of the badge, for grids; values are escaped by the template engine. */
    static final String HEALTH_TEMPLATE =
            "<span class=\"status-badge health-${item.health}\">${item.healthLabel}</span>";

    private RoadmapBadges() {
    }

    static Span health(Component owner, Health health) {
        Span badge = new Span(owner.getTranslation(health.labelKey()));
        badge.addClassNames("status-badge", "health-" + health.name());
        return badge;
    }
}
