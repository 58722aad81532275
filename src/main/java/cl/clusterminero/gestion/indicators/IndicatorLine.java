package cl.clusterminero.gestion.indicators;

/**
 * One figure as the view and the reports show it: a stable id, its label, the number (for the spreadsheet; null when
 * there is none, e.g. a rate without registrations), the text shown and the list behind it (null when none).
 */
public record IndicatorLine(String id, String label, Number value, String text, String href) {
}
