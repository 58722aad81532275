package cl.clusterminero.gestion.shared.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One reason a field's value is refused: the property name, the i18n key of the message and its arguments. Bean
 * Validation constraints name their key as the message template, e.g. {@code message = "{validation.required}"}.
 */
public record FieldProblem(String field, String key, Object... args) {

    public static FieldProblem of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] args = attributes.containsKey("max") ? new Object[] {attributes.get("max")} : new Object[0];
        return new FieldProblem(violation.getPropertyPath().toString(), key, args);
    }

    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(FieldProblem::of)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::key))
                .toList();
    }
}
