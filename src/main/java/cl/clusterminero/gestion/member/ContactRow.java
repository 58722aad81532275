package cl.clusterminero.gestion.member;

/** A contact as lists show it. */
public record ContactRow(Long id, long version, String fullName, String position, String email, String phone,
                         boolean primaryContact) {
}
