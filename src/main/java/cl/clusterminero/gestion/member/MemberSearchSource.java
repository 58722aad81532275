package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Members in the global search: the members grid's own search (words of the names, or a RUT), first hits. */
@Component
class MemberSearchSource implements SearchSource {

    private final MemberService members;
    private final TranslationProvider translations;

    MemberSearchSource(MemberService members, TranslationProvider translations) {
        this.members = members;
        this.translations = translations;
    }

    @Override
    public String groupKey() {
        return "search.group.members";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return members.search(MemberFilter.ALL.withText(text), PageRequest.of(0, limit, Sort.by("legalName")))
                .stream()
                .map(row -> new SearchHit(row.legalName(),
                        Rut.format(row.rut()) + " · " + translations.getTranslation(row.type().labelKey(), locale),
                        "socios/" + row.id()))
                .toList();
    }
}
