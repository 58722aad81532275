package cl.clusterminero.gestion.shared.search;

import java.util.List;

/** One source's hits under its heading (a translation key). */
public record SearchGroup(String headingKey, List<SearchHit> hits) {
}
