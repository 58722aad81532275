package cl.clusterminero.gestion.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @Query("select new cl.clusterminero.gestion.security.SessionState(u.enabled, u.sessionVersion) from AppUser u where u.id = :id")
    Optional<SessionState> findSessionState(@Param("id") long id);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    @Query("""
            select new cl.clusterminero.gestion.security.UserSummary(u.id, u.username, u.fullName, u.email, u.enabled)
            from AppUser u
            where :filter = '' or u.username like concat(:filter, '%') or u.fullName like concat('%', :filter, '%')
            """)
    List<UserSummary> findSummaries(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(u) from AppUser u
            where :filter = '' or u.username like concat(:filter, '%') or u.fullName like concat('%', :filter, '%')
            """)
    long countSummaries(@Param("filter") String filter);

    @Query("""
            select new cl.clusterminero.gestion.security.UserOption(u.id, u.username, u.fullName)
            from AppUser u join u.roles r where r = :role and u.enabled = true order by u.fullName
            """)
    List<UserOption> findEnabledWithRole(@Param("role") Role role);

    @Query("""
            select new cl.clusterminero.gestion.security.UserOption(u.id, u.username, u.fullName)
            from AppUser u where u.enabled = true order by u.fullName
            """)
    List<UserOption> findEnabled();

    @Query("select u.id, r from AppUser u join u.roles r where u.id in :ids")
    List<Object[]> findRolesOf(@Param("ids") Collection<Long> ids);
}
