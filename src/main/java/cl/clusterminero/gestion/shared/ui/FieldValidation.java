package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.validation.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds form fields with the same Bean Validation rules the services enforce, translating the i18n keys the
 * constraints name, and shows the problems a service reports next to their fields.
 */
public final class FieldValidation {

    private FieldValidation() {
    }

    /** Binds {@code field} to {@code property} of the bean, validated by that property's constraints. */
    public static <B, V> Binder.Binding<B, V> bind(Binder<B> binder, Validator validator, Class<B> beanType,
                                                   HasValue<?, V> field, String property) {
        return binder.forField(field)
                .withValidator((value, context) -> {
                    // An empty text field means "no value", as the bean's setters store it.
                    Object checked = value instanceof String text && text.isBlank() ? null : value;
                    Set<? extends ConstraintViolation<B>> violations =
                            validator.validateValue(beanType, property, checked);
                    if (violations.isEmpty()) {
                        return ValidationResult.ok();
                    }
                    return ValidationResult.error(translate((Component) field, FieldProblem.of(violations).getFirst()));
                })
                .bind(property);
    }

    /**
     * Marks each field a service refused with the translated reason; problems about fields the form does not show
     * go into a notification so that no reason is lost.
     */
    public static void show(Component owner, List<FieldProblem> problems, Map<String, ? extends HasValidation> fields) {
        StringBuilder others = new StringBuilder();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = translate(owner, problem);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                others.append(others.isEmpty() ? "" : " ").append(message);
            }
        }
        String summary = others.isEmpty() ? owner.getTranslation("validation.fix-fields") : others.toString();
        Notification notification = Notification.show(summary, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static String translate(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.key(), problem.args());
    }
}
