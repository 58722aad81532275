package cl.clusterminero.gestion.activity;

import java.time.LocalTime;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessMeetingRepository extends JpaRepository<BusinessMeeting, Long> {

    boolean existsByActivityIdAndSlotAndTableNumber(long activityId, LocalTime slot, int tableNumber);

    boolean existsByActivityIdAndSlotAndMiningCompanyId(long activityId, LocalTime slot, long miningCompanyId);

    boolean existsByActivityIdAndSlotAndSupplierId(long activityId, LocalTime slot, long supplierId);
}
