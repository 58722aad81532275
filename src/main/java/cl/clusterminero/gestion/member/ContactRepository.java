package cl.clusterminero.gestion.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByMemberIdOrderByPrimaryContactDescFullNameAsc(Long memberId);

    List<Contact> findByMemberIdAndPrimaryContactTrue(Long memberId);
}
