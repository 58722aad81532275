package cl.clusterminero.gestion.member;

import java.util.Map;

/**
 * The registry at the end of a year, for the management indicators: members at 31-12 (joined on or before it, not
 * withdrawn by then, prospects left out) by type and size (members without a size apart), and the members who
 * joined and withdrew (prospects left out) during the year.
 */
public record MemberYearFigures(int year, long members, Map<MemberType, Long> byType, Map<CompanySize, Long> bySize,
                                long withoutSize, long joined, long withdrawn) {
}
