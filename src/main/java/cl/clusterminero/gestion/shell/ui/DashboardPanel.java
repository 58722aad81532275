package cl.clusterminero.gestion.shell.ui;

import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.purchases.ClusterShareSummary;
import cl.clusterminero.gestion.roadmap.AxisProgress;
import cl.clusterminero.gestion.roadmap.Health;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.RoadmapSummary;
import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The roadmap and the registry at a glance, as pictures: bars and tiles drawn with CSS from figures computed in
 * SQL. Every figure links to the list behind it.
 */
class DashboardPanel extends Div {

    /** {@code purchaseFigures} is null until the ledger has a complete year. */
    DashboardPanel(RoadmapSummary summary, MemberService memberService, ClusterShareSummary purchaseFigures,
                   boolean managesMilestones) {
        addClassName("dashboard");
        setId("dashboard");
        Div purchases = purchaseFigures == null ? null : card("dashboard.purchases", getTranslation(
                "dashboard.purchases.year", String.valueOf(purchaseFigures.year())), localPurchases(purchaseFigures));
        if (summary != null) {
            add(card("dashboard.axes", summary.roadmapName(), axes(summary)));
            if (purchases != null) {
                add(purchases);
            }
            add(card("dashboard.health", null, health(summary)));
            add(card("dashboard.milestones", null, milestones(summary, managesMilestones)));
            add(card("dashboard.status", null, statuses(summary)));
            add(card("dashboard.latest", null, latest(summary)));
        }
        if (summary == null && purchases != null) {
            add(purchases);
        }
        Map<MemberType, Long> byType = memberService.countByType();
        Map<Commune, Long> byCommune = memberService.countByCommune();
        Div types = new Div();
        long maxType = byType.values().stream().mapToLong(Long::longValue).max().orElse(1);
        byType.forEach((type, count) -> types.add(bar(getTranslation(type.labelKey()), "socios?tipo=" + type.name(),
                percent(count, maxType), DisplayFormats.integer(count), "bar-members")));
        add(card("dashboard.members-type", null, types));
        Div communes = new Div();
        long maxCommune = byCommune.values().stream().mapToLong(Long::longValue).max().orElse(1);
        byCommune.forEach((commune, count) -> communes.add(bar(getTranslation(commune.labelKey()),
                "socios?comuna=" + commune.name(), percent(count, maxCommune), DisplayFormats.integer(count),
                "bar-members")));
        add(card("dashboard.members-commune", null, communes));
    }

    private Div axes(RoadmapSummary summary) {
        Div bars = new Div();
        for (AxisProgress axis : summary.axes()) {
            Div row = bar(axis.code() + " · " + axis.name(), "hoja-de-ruta?eje=" + axis.code(), axis.progress(),
                    axis.progress() + " %", "bar-progress");
            row.setId("dashboard-axis-" + axis.code());
            bars.add(row);
        }
        return bars;
    }

    private Div health(RoadmapSummary summary) {
        int total = summary.byHealth().values().stream().mapToInt(Integer::intValue).sum();
        Div stacked = new Div();
        stacked.addClassName("stacked-bar");
        Div tiles = new Div();
        tiles.addClassName("tiles");
        for (Health health : Health.values()) {
            int count = summary.byHealth().getOrDefault(health, 0);
            Div part = new Div();
            part.addClassNames("stacked-part", "health-" + health.name());
            part.setWidth(total == 0 ? "0" : (count * 100.0 / total) + "%");
            stacked.add(part);
            Anchor tile = new Anchor("hoja-de-ruta?salud=" + health.name());
            tile.addClassNames("tile", "health-" + health.name());
            Span number = new Span(DisplayFormats.integer(count));
            number.addClassName("tile-number");
            tile.add(number, new Span(getTranslation(health.labelKey())));
            tile.setId("dashboard-health-" + health.name());
            tiles.add(tile);
        }
        return new Div(stacked, tiles);
    }

    private Div milestones(RoadmapSummary summary, boolean managesMilestones) {
        Div tiles = new Div();
        tiles.addClassName("tiles");
        String target = managesMilestones ? "mis-hitos" : "hoja-de-ruta?salud=" + Health.DELAYED.name();
        tiles.add(tile(summary.overdueMilestones(), "dashboard.milestones.overdue", target, "tile-overdue",
                "dashboard-overdue"));
        tiles.add(tile(summary.dueSoonMilestones(), "dashboard.milestones.soon", target, "tile-soon",
                "dashboard-due-soon"));
        return tiles;
    }

    private Div statuses(RoadmapSummary summary) {
        Div bars = new Div();
        int max = summary.byStatus().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            int count = summary.byStatus().getOrDefault(status, 0);
            bars.add(bar(getTranslation(status.labelKey()), "hoja-de-ruta?estado=" + status.name(),
                    percent(count, max), String.valueOf(count), "bar-status"));
        }
        return bars;
    }

    private Div latest(RoadmapSummary summary) {
        Div list = new Div();
        list.addClassName("latest-updates");
        if (summary.latestUpdates().isEmpty()) {
            list.add(new Paragraph(getTranslation("initiative.timeline.empty")));
        }
        for (RoadmapSummary.LatestUpdate update : summary.latestUpdates()) {
            Anchor link = new Anchor("iniciativas/" + update.initiativeId(), update.initiativeCode() + " · "
                    + update.milestoneTitle());
            Span what = new Span(getTranslation(update.newStatus().labelKey()) + " " + update.newPercent() + "% · "
                    + update.authorName() + " · " + DisplayFormats.date(update.date()));
            what.addClassName("latest-what");
            Div item = new Div(link, what);
            item.addClassName("latest-item");
            list.add(item);
        }
        return list;
    }

    /** The cluster's regional share of purchases in its latest complete year, against that year's target. */
    private Div localPurchases(ClusterShareSummary purchases) {
        String share = purchases.share().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
        Anchor tile = new Anchor("compras-locales/cluster");
        tile.addClassNames("tile", "tile-purchases");
        Span number = new Span(share);
        number.addClassName("tile-number");
        tile.add(number, new Span(getTranslation("dashboard.purchases.share")));
        tile.setId("dashboard-purchases-share");
        Div tiles = new Div(tile);
        tiles.addClassName("tiles");
        Div content = new Div(tiles);
        if (purchases.target() != null && purchases.target().signum() > 0) {
            int reached = purchases.share().multiply(BigDecimal.valueOf(100))
                    .divide(purchases.target(), 0, RoundingMode.HALF_UP).intValue();
            Div bar = bar(getTranslation("dashboard.purchases.target", purchases.target()
                            .setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %"),
                    "compras-locales/cluster", reached, reached + " %", "bar-progress");
            bar.setId("dashboard-purchases-target");
            content.add(bar);
        }
        return content;
    }

    private Div card(String titleKey, String subtitle, Div content) {
        H3 title = new H3(getTranslation(titleKey));
        Div card = new Div(title);
        if (subtitle != null) {
            Span sub = new Span(subtitle);
            sub.addClassName("card-subtitle");
            card.add(sub);
        }
        card.add(content);
        card.addClassName("dashboard-card");
        return card;
    }

    private Div bar(String label, String href, int percent, String value, String kind) {
        Anchor name = new Anchor(href, label);
        name.addClassName("bar-label");
        name.setTitle(label);
        Div fill = new Div();
        fill.addClassNames("bar-fill", kind);
        fill.setWidth(Math.max(0, Math.min(100, percent)) + "%");
        Div track = new Div(fill);
        track.addClassName("bar-track");
        Span figure = new Span(value);
        figure.addClassName("bar-value");
        Div row = new Div(name, track, figure);
        row.addClassName("bar-row");
        return row;
    }

    private Anchor tile(int count, String labelKey, String href, String kind, String id) {
        Anchor tile = new Anchor(href);
        tile.addClassNames("tile", kind);
        Span number = new Span(DisplayFormats.integer(count));
        number.addClassName("tile-number");
        tile.add(number, new Span(getTranslation(labelKey)));
        tile.setId(id);
        return tile;
    }

    private static int percent(long count, long max) {
        return max == 0 ? 0 : (int) Math.round(count * 100.0 / max);
    }
}
