package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 120 demo members of the Antofagasta region: the public names of its mining operations, universities, public
 * bodies, municipalities and trade associations, plus invented supplier SMEs of Antofagasta and Calama. RUTs,
 * people, e-mails and phones are invented (RUTs with valid check digits). Deterministic and idempotent: each
 * member is created only if its RUT is not registered yet.
 */
@Component
@Profile("demo")
class DemoMembers implements DemoSeed {

    private record Seed(String legalName, String tradeName, MemberType type, Commune commune, CompanySize size,
                        String activity, int rutNumber) {
    }

    private static final String[][] MINING = {
            {"Minera Escondida Limitada", "Minera Escondida", "ANTOFAGASTA"},
            {"Codelco Chile, División Chuquicamata", "Chuquicamata", "CALAMA"},
            {"Codelco Chile, División Radomiro Tomic", "Radomiro Tomic", "CALAMA"},
            {"Codelco Chile, División Ministro Hales", "Ministro Hales", "CALAMA"},
            {"Codelco Chile, División Gabriela Mistral", "Gabriela Mistral", "SIERRA_GORDA"},
            {"Minera Spence S.A.", "Spence", "SIERRA_GORDA"},
            {"Sierra Gorda Sociedad Contractual Minera", "Sierra Gorda SCM", "SIERRA_GORDA"},
            {"Minera Centinela", "Centinela", "SIERRA_GORDA"},
            {"Minera Antucoya", "Antucoya", "MARIA_ELENA"},
            {"Compañía Minera Zaldívar SpA", "Zaldívar", "ANTOFAGASTA"},
            {"Sociedad Contractual Minera El Abra", "El Abra", "CALAMA"},
            {"Compañía Minera Lomas Bayas", "Lomas Bayas", "SIERRA_GORDA"},
            {"SQM Salar S.A.", "SQM Salar", "SAN_PEDRO_DE_ATACAMA"},
            {"Albemarle Limitada", "Albemarle", "ANTOFAGASTA"},
            {"Altonorte, fundición de cobre", "Altonorte", "ANTOFAGASTA"},
    };
    private static final String[][] ACADEMIA = {
            {"Universidad de Antofagasta", "UA", "ANTOFAGASTA"},
            {"Universidad Católica del Norte", "UCN", "ANTOFAGASTA"},
            {"Universidad Santo Tomás, sede Antofagasta", "UST Antofagasta", "ANTOFAGASTA"},
            {"INACAP, sede Calama", "INACAP Calama", "CALAMA"},
            {"Centro de Formación Técnica Estatal de la Región de Antofagasta", "CFT Estatal", "CALAMA"},
            {"Centro de Investigación Científico Tecnológico para la Minería", "CICITEM", "ANTOFAGASTA"},
    };
    private static final String[][] PUBLIC_BODIES = {
            {"Corporación de Fomento de la Producción, Dirección Regional de Antofagasta", "Corfo Antofagasta",
                    "ANTOFAGASTA"},
            {"Gobierno Regional de Antofagasta", "GORE Antofagasta", "ANTOFAGASTA"},
            {"Secretaría Regional Ministerial de Minería de Antofagasta", "Seremi de Minería", "ANTOFAGASTA"},
            {"Servicio de Cooperación Técnica, Dirección Regional de Antofagasta", "Sercotec Antofagasta",
                    "ANTOFAGASTA"},
            {"Servicio Nacional de Capacitación y Empleo, Antofagasta", "SENCE Antofagasta", "ANTOFAGASTA"},
    };
    private static final String[][] MUNICIPALITIES = {
            {"Ilustre Municipalidad de Antofagasta", "ANTOFAGASTA"},
            {"Ilustre Municipalidad de Calama", "CALAMA"},
            {"Ilustre Municipalidad de Mejillones", "MEJILLONES"},
            {"Ilustre Municipalidad de Sierra Gorda", "SIERRA_GORDA"},
            {"Ilustre Municipalidad de Taltal", "TALTAL"},
            {"Ilustre Municipalidad de Tocopilla", "TOCOPILLA"},
            {"Ilustre Municipalidad de María Elena", "MARIA_ELENA"},
            {"Ilustre Municipalidad de San Pedro de Atacama", "SAN_PEDRO_DE_ATACAMA"},
            {"Ilustre Municipalidad de Ollagüe", "OLLAGUE"},
    };
    private static final String[][] ASSOCIATIONS = {
            {"Asociación de Industriales de Antofagasta", "AIA", "ANTOFAGASTA"},
            {"Cámara Chilena de la Construcción, sede Antofagasta", "CChC Antofagasta", "ANTOFAGASTA"},
            {"Asociación Gremial de Proveedores Mineros de Calama", "APROMIC", "CALAMA"},
            {"Cámara de Comercio e Industrias de Antofagasta", "CCIA", "ANTOFAGASTA"},
    };
    private static final String[] SUPPLIER_TRADES = {"Servicios Eléctricos", "Maestranza", "Transportes",
            "Ingeniería y Montajes", "Mantención Industrial", "Soluciones Hidráulicas", "Automatización",
            "Servicios Geológicos", "Laboratorio Químico", "Seguridad Minera", "Capacitación Técnica",
            "Neumáticos y Servicios", "Arriendo de Equipos", "Topografía", "Servicios Ambientales",
            "Tecnologías de la Información", "Soldaduras Especiales", "Catering Industrial", "Control de Polvo",
            "Energía Solar"};
    private static final String[] SUPPLIER_PLACES = {"Atacama", "La Portada", "del Loa", "Caliche", "Salar",
            "Pampa Norte", "Coloso", "Chuqui", "Topater", "Licancabur", "Quillagua", "Desierto"};
    private static final String[] ACTIVITIES = {"Mantención y reparación de maquinaria para minería",
            "Transporte de carga por carretera", "Servicios de ingeniería", "Instalaciones eléctricas",
            "Ensayos y análisis técnicos", "Actividades de apoyo para la explotación de minas",
            "Consultoría informática", "Suministro de comidas por encargo"};
    private static final String[] GIVEN = {"Camila", "Matías", "Valentina", "Benjamín", "Javiera", "Sebastián",
            "Fernanda", "Tomás", "Constanza", "Diego", "Catalina", "Felipe", "Daniela", "Ignacio", "Antonia",
            "Cristóbal", "Macarena", "Rodrigo", "Paulina", "Nicolás"};
    private static final String[] SURNAMES = {"González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras",
            "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres",
            "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro",
            "Pizarro", "Álvarez", "Vásquez", "Cortés", "Ramírez"};
    private static final String[] POSITIONS = {"Gerente general", "Jefe de abastecimiento",
            "Encargada de vinculación", "Gerente de operaciones", "Jefa de administración y finanzas",
            "Coordinador de proveedores locales"};

    private final MemberService memberService;
    private final MemberRepository members;
    private final Clock clock;

    DemoMembers(MemberService memberService, MemberRepository members, Clock clock) {
        this.memberService = memberService;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void seed() {
        SystemAuthentication.runAsSystem(this::seedAsSystem);
    }

    private void seedAsSystem() {
        Random random = new Random(2025);
        List<Long> miningIds = new ArrayList<>();
        List<Long> supplierIds = new ArrayList<>();
        for (Seed seed : seeds()) {
            String rut = new Rut(seed.rutNumber(), Rut.checkDigitOf(seed.rutNumber())).normalised();
            var existing = members.findByRut(rut);
            long id = existing.map(Member::getId).orElseGet(() -> create(seed, random));
            if (seed.type() == MemberType.MINING_COMPANY) {
                miningIds.add(id);
            } else if (seed.type() == MemberType.SUPPLIER) {
                supplierIds.add(id);
            }
        }
        Random links = new Random(7);
        for (long mine : miningIds) {
            if (!memberService.suppliersOf(mine).isEmpty()) {
                continue;
            }
            for (int i = 0; i < 6 + links.nextInt(10); i++) {
                memberService.link(mine, supplierIds.get(links.nextInt(supplierIds.size())));
            }
        }
    }

    private long create(Seed seed, Random random) {
        MemberDraft draft = new MemberDraft();
        draft.setRut(new Rut(seed.rutNumber(), Rut.checkDigitOf(seed.rutNumber())).formatted());
        draft.setLegalName(seed.legalName());
        draft.setTradeName(seed.tradeName());
        draft.setType(seed.type());
        draft.setCommune(seed.commune());
        draft.setSize(seed.size());
        draft.setActivity(seed.activity());
        String domain = domainOf(seed.tradeName() == null ? seed.legalName() : seed.tradeName());
        draft.setWebsite("https://www." + domain);
        draft.setEmail("contacto@" + domain);
        draft.setPhone("+56 55 2" + (10 + random.nextInt(89)) + " " + (1000 + random.nextInt(8999)));
        draft.setAddress(address(seed.commune(), random));
        boolean prospect = random.nextInt(12) == 0;
        draft.setStatus(prospect ? MembershipStatus.PROSPECT : MembershipStatus.ACTIVE);
        draft.setJoinDate(prospect ? null : LocalDate.of(2020, 1, 15).plusDays(random.nextInt(1900)));
        long id = memberService.create(draft);

        for (int c = 0; c < 1 + random.nextInt(2); c++) {
            ContactDraft contact = new ContactDraft();
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            contact.setFullName(given + " " + surname + " " + SURNAMES[random.nextInt(SURNAMES.length)]);
            contact.setPosition(POSITIONS[random.nextInt(POSITIONS.length)]);
            contact.setEmail(ascii(given.charAt(0) + surname) + "@" + domain);
            contact.setPhone("+56 9 " + (5000 + random.nextInt(4999)) + " " + (1000 + random.nextInt(8999)));
            contact.setPrimaryContact(c == 0);
            memberService.saveContact(id, contact);
        }
        // Today in Chile, as the service's "not in the future" rule sees it (UTC is already tomorrow after 21:00).
        LocalDate today = LocalDate.now(clock);
        if (!prospect && random.nextInt(15) == 0) {
            LocalDate when = draft.getJoinDate().plusDays(200);
            memberService.changeStatus(id, memberService.details(id).version(), MembershipStatus.SUSPENDED,
                    when.isAfter(today) ? today : when, "Cuotas sociales impagas");
        } else if (!prospect && random.nextInt(20) == 0) {
            LocalDate when = draft.getJoinDate().plusDays(400);
            memberService.changeStatus(id, memberService.details(id).version(), MembershipStatus.WITHDRAWN,
                    when.isAfter(today) ? today : when, "Término de operaciones en la región");
        }
        return id;
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        int n = 0;
        for (String[] m : MINING) {
            seeds.add(new Seed(m[0], m[1], MemberType.MINING_COMPANY, Commune.valueOf(m[2]), CompanySize.LARGE,
                    "Extracción de minerales", 96_100_000 + 13_571 * ++n));
        }
        for (String[] a : ACADEMIA) {
            seeds.add(new Seed(a[0], a[1], MemberType.ACADEMIA, Commune.valueOf(a[2]), null,
                    "Enseñanza superior e investigación", 70_800_000 + 7_919 * ++n));
        }
        for (String[] p : PUBLIC_BODIES) {
            seeds.add(new Seed(p[0], p[1], MemberType.PUBLIC_BODY, Commune.valueOf(p[2]), null,
                    "Administración pública", 61_900_000 + 3_331 * ++n));
        }
        for (String[] m : MUNICIPALITIES) {
            seeds.add(new Seed(m[0], null, MemberType.MUNICIPALITY, Commune.valueOf(m[1]), null,
                    "Administración municipal", 69_020_000 + 1_117 * ++n));
        }
        for (String[] a : ASSOCIATIONS) {
            seeds.add(new Seed(a[0], a[1], MemberType.TRADE_ASSOCIATION, Commune.valueOf(a[2]), null,
                    "Actividades de asociaciones empresariales", 71_300_000 + 4_409 * ++n));
        }
        Commune[] supplierCommunes = {Commune.ANTOFAGASTA, Commune.ANTOFAGASTA, Commune.CALAMA, Commune.CALAMA,
                Commune.MEJILLONES, Commune.TOCOPILLA, Commune.OUTSIDE_REGION};
        CompanySize[] supplierSizes = {CompanySize.MICRO, CompanySize.SMALL, CompanySize.SMALL, CompanySize.MEDIUM,
                CompanySize.MEDIUM, CompanySize.LARGE};
        for (int i = 0; i < 80; i++) {
            String trade = SUPPLIER_TRADES[i % SUPPLIER_TRADES.length];
            String place = SUPPLIER_PLACES[(i * 7 + i / SUPPLIER_TRADES.length) % SUPPLIER_PLACES.length];
            String form = i % 3 == 0 ? "Ltda." : "SpA";
            seeds.add(new Seed(trade + " " + place + " " + form, trade + " " + place, MemberType.SUPPLIER,
                    supplierCommunes[i % supplierCommunes.length], supplierSizes[i % supplierSizes.length],
                    ACTIVITIES[i % ACTIVITIES.length], 76_200_000 + 9_973 * ++n));
        }
        seeds.add(new Seed("Fundación Desierto Sostenible", "Desierto Sostenible", MemberType.OTHER,
                Commune.ANTOFAGASTA, null, "Actividades de otras organizaciones", 65_100_000 + 2_221 * ++n));
        return seeds;
    }

    private static String address(Commune commune, Random random) {
        String[] streets = {"Av. Grecia", "Av. Argentina", "Calle Latorre", "Av. Balmaceda", "Av. Granaderos",
                "Calle Sucre", "Av. Angamos", "Calle Vivar"};
        String name = commune.properName() == null ? "Santiago" : commune.properName();
        return streets[random.nextInt(streets.length)] + " " + (100 + random.nextInt(2900)) + ", " + name;
    }

    private static String domainOf(String name) {
        String simple = ascii(name).replaceAll("[^a-z0-9]+", "");
        return (simple.length() > 24 ? simple.substring(0, 24) : simple) + ".cl";
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(' ', '.');
    }
}
