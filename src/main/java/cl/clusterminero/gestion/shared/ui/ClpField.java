package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Optional;

/**
 * A Chilean peso amount as people type it ({@code 1.234.567}, {@code $1.234.567} or {@code 1234567}), shown back
 * with thousands dots; one reading for every amount field ({@link DisplayFormats#parseClp}).
 */
public class ClpField extends TextField {

    public ClpField(String label) {
        super(label);
        setPrefixComponent(new Span("$"));
        setPlaceholder("1.234.567");
        setAllowedCharPattern("[0-9.$\\- ]");
    }

    /** The amount typed, or empty when blank or not an amount. */
    public Optional<Long> amount() {
        return DisplayFormats.parseClp(getValue());
    }

    /** Shows an amount the way it is typed back, e.g. {@code 1.234.567}; blank for none. */
    public void setAmount(Long amount) {
        setValue(amount == null ? "" : presentation(amount));
    }

    /** For a Binder: blank is no amount; anything not an amount is refused with the given message key. */
    public static Converter<String, Long> converter(String invalidMessageKey) {
        return new Converter<>() {
            @Override
            public Result<Long> convertToModel(String value, ValueContext context) {
                if (value == null || value.isBlank()) {
                    return Result.ok(null);
                }
                return DisplayFormats.parseClp(value).map(Result::ok).orElseGet(() -> Result.error(context
                        .getComponent().map(c -> c.getTranslation(invalidMessageKey)).orElse(invalidMessageKey)));
            }

            @Override
            public String convertToPresentation(Long value, ValueContext context) {
                return value == null ? "" : presentation(value);
            }
        };
    }

    private static String presentation(long amount) {
        return amount < 0 ? "-" + DisplayFormats.integer(-amount) : DisplayFormats.integer(amount);
    }
}
