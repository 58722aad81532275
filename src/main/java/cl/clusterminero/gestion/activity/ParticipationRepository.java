package cl.clusterminero.gestion.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    long countByActivityId(long activityId);

    boolean existsByActivityIdAndContactId(long activityId, long contactId);
}
