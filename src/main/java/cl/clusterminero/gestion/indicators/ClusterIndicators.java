package cl.clusterminero.gestion.indicators;

import cl.clusterminero.gestion.activity.ActivityYearFigures;
import cl.clusterminero.gestion.member.MemberYearFigures;
import cl.clusterminero.gestion.program.CofinancingBySource;
import cl.clusterminero.gestion.purchases.ShareByYear;
import java.util.List;

/**
 * A year's management indicators as numbers, each from the feature that owns it: the registry, the activities and
 * challenges, the programs' co-financing and the local purchases ledger ({@code purchases} null: no report that year).
 */
public record ClusterIndicators(int year, MemberYearFigures members, ActivityYearFigures activities,
                                List<CofinancingBySource> cofinancing, ShareByYear purchases) {
}
