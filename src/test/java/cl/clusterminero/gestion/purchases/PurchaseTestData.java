package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Members with fresh RUTs and report drafts for the ledger's tests, so tests can run again on the same database. */
public final class PurchaseTestData {

    private PurchaseTestData() {
    }

    public static long miningCompany(MemberService members, String legalName) {
        return member(members, legalName, MemberType.MINING_COMPANY, freshRut());
    }

    public static long supplier(MemberService members, String legalName) {
        return member(members, legalName, MemberType.SUPPLIER, freshRut());
    }

    public static long member(MemberService members, String legalName, MemberType type, String rut) {
        MemberDraft draft = new MemberDraft();
        draft.setRut(rut);
        draft.setLegalName(legalName);
        draft.setType(type);
        draft.setCommune(Commune.ANTOFAGASTA);
        draft.setSize(CompanySize.LARGE);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2021, 3, 15));
        return SystemAuthentication.callAsSystem(() -> members.create(draft));
    }

    public static String freshRut() {
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        return new Rut(number, Rut.checkDigitOf(number)).formatted();
    }

    public static LocalPurchaseDraft draft(long memberId, int year, Integer quarter, long total, long regional) {
        LocalPurchaseDraft draft = new LocalPurchaseDraft();
        draft.setMemberId(memberId);
        draft.setYear(year);
        draft.setQuarter(quarter);
        draft.setTotalClp(total);
        draft.setRegionalClp(regional);
        draft.setRegionalSuppliers(40);
        draft.setTotalSuppliers(300);
        draft.setSource(ReportSource.SELF_DECLARED);
        return draft;
    }
}
