package cl.clusterminero.gestion.indicators;

import java.util.List;

/** A group of indicators under one heading (members, activities, business rounds...). */
public record IndicatorSection(String id, String title, List<IndicatorLine> lines) {
}
