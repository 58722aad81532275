package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.member.MemberOption;
import java.util.List;

/** The members of the registry taking part in an initiative: the lead member and the partners. */
public record InitiativeMembers(MemberOption lead, List<MemberOption> partners) {
}
