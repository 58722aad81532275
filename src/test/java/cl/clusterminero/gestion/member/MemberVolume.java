package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A large synthetic registry for performance work (100k or 1M members, each with a contact), written with multi-row
 * batch inserts straight into the tables: minutes, not hours. Rows are marked {@code created_by = 'volumen'} and
 * RUTs are consecutive from 10.000.000, so running it again only adds what is missing.
 */
@Component
public class MemberVolume {

    public static final String CREATED_BY = "volumen";
    private static final Logger log = LoggerFactory.getLogger(MemberVolume.class);
    private static final int FIRST_RUT = 10_000_000;
    private static final int BATCH = 1_000;
    private static final String[] FIRST = {"Servicios", "Maestranza", "Transportes", "Ingeniería", "Minera",
            "Comercial", "Constructora", "Inversiones", "Logística", "Tecnologías", "Consultora", "Agrícola",
            "Eléctrica", "Hidráulica", "Química", "Geotecnia", "Montajes", "Soldaduras", "Arriendos", "Laboratorio",
            "Alimentos", "Seguridad", "Capacitación", "Energía", "Telecomunicaciones", "Automatización",
            "Distribuidora", "Importadora", "Fundición", "Perforaciones", "Topografía", "Mantenciones", "Ambiental",
            "Sanitaria", "Neumáticos", "Repuestos", "Climatización", "Aseo", "Andamios", "Grúas"};
    private static final String[] SECOND = {"Atacama", "del Norte", "Loa", "Pacífico", "Andina", "Salar", "Pampa",
            "Coloso", "Caliche", "Licancabur", "Tocopilla", "Mejillones", "Taltal", "Calama", "Antofagasta",
            "Desierto", "Cordillera", "Altiplano", "Costa", "Horizonte", "Cobre", "Litio", "Sol", "Oasis",
            "Quillagua", "Chiu Chiu", "Toconao", "Paposo", "Baquedano", "La Negra"};
    private static final String[] FORMS = {"SpA", "Ltda.", "S.A.", "EIRL"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MemberVolume(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes sure at least {@code count} synthetic members exist; returns how many were added. */
    @RolesAllowed(Roles.ADMIN)
    public int ensure(int count) {
        Integer existing = jdbc.queryForObject("select count(*) from member where created_by = ?", Integer.class,
                CREATED_BY);
        int start = existing == null ? 0 : existing;
        if (start >= count) {
            return 0;
        }
        long began = System.nanoTime();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(clock.instant());
        MemberType[] types = MemberType.values();
        Commune[] communes = Commune.values();
        CompanySize[] sizes = CompanySize.values();
        MembershipStatus[] statuses = {MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.ACTIVE,
                MembershipStatus.PROSPECT, MembershipStatus.SUSPENDED};
        for (int from = start; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            StringBuilder sql = new StringBuilder("insert ignore into member (rut, legal_name, trade_name, "
                    + "member_type, company_size, commune, email, phone, status, join_date, created_at, created_by, "
                    + "updated_at, updated_by) values ");
            List<Object> args = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int number = FIRST_RUT + i;
                String first = FIRST[random.nextInt(FIRST.length)];
                String second = SECOND[random.nextInt(SECOND.length)];
                String legalName = first + " " + second + " " + (i % 997) + " " + FORMS[i % FORMS.length];
                MembershipStatus status = statuses[random.nextInt(statuses.length)];
                sql.append(i == from ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                args.add(number + "-" + Rut.checkDigitOf(number));
                args.add(legalName);
                args.add(first + " " + second);
                args.add(types[random.nextInt(types.length)].name());
                args.add(sizes[random.nextInt(sizes.length)].name());
                args.add(communes[random.nextInt(communes.length)].name());
                args.add("contacto" + i + "@volumen.cl");
                args.add("+56 55 2" + (100000 + random.nextInt(899999)));
                args.add(status.name());
                args.add(status == MembershipStatus.PROSPECT ? null
                        : Date.valueOf(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3900))));
                args.add(now);
                args.add(CREATED_BY);
                args.add(now);
                args.add(CREATED_BY);
            }
            jdbc.update(sql.toString(), args.toArray());
            // RUTs of the range share their length, so they sort as text in number order ('-' sorts before digits).
            jdbc.update("insert into contact (member_id, full_name, position, email, primary_contact) "
                    + "select m.id, concat('Contacto ', m.id), 'Gerente general', m.email, true from member m "
                    + "where m.rut >= ? and m.rut < ? and m.created_by = ? "
                    + "and not exists (select 1 from contact c where c.member_id = m.id)",
                    (FIRST_RUT + from) + "-", (FIRST_RUT + to) + "-", CREATED_BY);
            if ((to / BATCH) % 50 == 0) {
                log.info("Synthetic members: {} of {}", to, count);
            }
        }
        log.info("Added {} synthetic members in {} s", count - start, (System.nanoTime() - began) / 1_000_000_000);
        return count - start;
    }
}
