package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Users in the global search, for the admin only: {@link UserService#list} refuses everyone else. */
@Component
class UserSearchSource implements SearchSource {

    private final UserService users;

    UserSearchSource(UserService users) {
        this.users = users;
    }

    @Override
    public String groupKey() {
        return "search.group.users";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return users.list(text, PageRequest.of(0, limit)).stream()
                .map(user -> new SearchHit(user.fullName(), user.username(), "usuarios"))
                .toList();
    }
}
