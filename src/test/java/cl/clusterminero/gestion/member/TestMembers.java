package cl.clusterminero.gestion.member;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Drafts with fresh valid RUTs, so tests can run again on the same database without clashing. */
final class TestMembers {

    private TestMembers() {
    }

    static String freshRut() {
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        return new Rut(number, Rut.checkDigitOf(number)).formatted();
    }

    static MemberDraft draft(String legalName, MemberType type) {
        MemberDraft draft = new MemberDraft();
        draft.setRut(freshRut());
        draft.setLegalName(legalName);
        draft.setType(type);
        draft.setCommune(Commune.ANTOFAGASTA);
        draft.setSize(CompanySize.SMALL);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2021, 3, 15));
        return draft;
    }
}
