package cl.clusterminero.gestion.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplierLinkRepository extends JpaRepository<SupplierLink, Long> {

    @Query("""
            select new cl.clusterminero.gestion.member.MemberOption(m.id, m.rut, m.legalName, m.type)
            from SupplierLink l join Member m on m.id = l.supplierId
            where l.miningCompanyId = :miningCompanyId order by m.legalName
            """)
    List<MemberOption> suppliersOf(@Param("miningCompanyId") Long miningCompanyId);

    @Query("""
            select new cl.clusterminero.gestion.member.MemberOption(m.id, m.rut, m.legalName, m.type)
            from SupplierLink l join Member m on m.id = l.miningCompanyId
            where l.supplierId = :supplierId order by m.legalName
            """)
    List<MemberOption> miningCompaniesServedBy(@Param("supplierId") Long supplierId);

    boolean existsByMiningCompanyIdAndSupplierId(Long miningCompanyId, Long supplierId);

    @Query("select count(l) from SupplierLink l where l.miningCompanyId = :memberId or l.supplierId = :memberId")
    long countInvolving(@Param("memberId") Long memberId);

    @Modifying
    @Query("delete from SupplierLink l where l.miningCompanyId = :miningCompanyId and l.supplierId = :supplierId")
    int unlink(@Param("miningCompanyId") Long miningCompanyId, @Param("supplierId") Long supplierId);
}
