package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void role_constants_match_the_stored_role_names() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                assertThat(field.get(null)).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }
}
