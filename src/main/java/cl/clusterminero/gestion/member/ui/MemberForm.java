package cl.clusterminero.gestion.member.ui;

import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.shared.ui.DateFields;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A member's data as a buffered form: fields are validated as the user types with the same rules the service
 * applies on save, and problems the service reports land next to their field.
 */
class MemberForm extends FormLayout {

    private final Binder<MemberDraft> binder = new Binder<>(MemberDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    MemberForm(Validator validator, boolean creating) {
        addClassName("member-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));

        TextField rut = text("rut", "member.field.rut", 12);
        rut.setPlaceholder("12.345.678-5");
        TextField legalName = text("legalName", "member.field.legal-name", 200);
        TextField tradeName = text("tradeName", "member.field.trade-name", 120);
        ComboBox<MemberType> type = choice("type", "member.field.type", MemberType.values(), MemberType::labelKey);
        ComboBox<CompanySize> size = choice("size", "member.field.size", CompanySize.values(),
                CompanySize::labelKey);
        size.setHelperText(getTranslation("member.size.help"));
        size.setClearButtonVisible(true);
        TextField activity = text("activity", "member.field.activity", 200);
        TextField activityCode = text("activityCode", "member.field.activity-code", 6);
        activityCode.setAllowedCharPattern("[0-9]");
        ComboBox<Commune> commune = choice("commune", "member.field.commune", Commune.values(), Commune::labelKey);
        TextField address = text("address", "member.field.address", 200);
        TextField website = text("website", "member.field.website", 200);
        website.setPlaceholder("https://");
        TextField email = text("email", "member.field.email", 254);
        TextField phone = text("phone", "member.field.phone", 30);
        phone.setPlaceholder("+56 55 212 3456");
        TextArea notes = new TextArea(getTranslation("member.field.notes"));
        notes.setMaxLength(2000);
        notes.setId("field-notes");
        fields.put("notes", notes);

        add(rut, legalName, tradeName, type, size, commune, activity, activityCode, address, website, email, phone);
        setColspan(legalName, 2);
        setColspan(address, 2);

        if (creating) {
            Select<MembershipStatus> status = new Select<>();
            status.setLabel(getTranslation("member.field.status"));
            status.setItems(MembershipStatus.PROSPECT, MembershipStatus.ACTIVE);
            status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            status.setId("field-status");
            fields.put("status", status);
            DatePicker joinDate = DateFields.create(getTranslation("member.field.join-date"),
                    getLocale());
            joinDate.setId("field-joinDate");
            fields.put("joinDate", joinDate);
            add(status, joinDate);
            FieldValidation.bind(binder, validator, MemberDraft.class, status, "status");
            FieldValidation.bind(binder, validator, MemberDraft.class, joinDate, "joinDate");
        }
        add(notes);
        setColspan(notes, 3);

        bindText(validator, rut, "rut");
        bindText(validator, legalName, "legalName");
        bindText(validator, tradeName, "tradeName");
        FieldValidation.bind(binder, validator, MemberDraft.class, type, "type");
        FieldValidation.bind(binder, validator, MemberDraft.class, size, "size");
        bindText(validator, activity, "activity");
        bindText(validator, activityCode, "activityCode");
        FieldValidation.bind(binder, validator, MemberDraft.class, commune, "commune");
        bindText(validator, address, "address");
        bindText(validator, website, "website");
        bindText(validator, email, "email");
        bindText(validator, phone, "phone");
        bindText(validator, notes, "notes");
    }

    Binder<MemberDraft> binder() {
        return binder;
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private void bindText(Validator validator, HasValue<?, String> field, String property) {
        FieldValidation.bind(binder, validator, MemberDraft.class, field, property);
    }

    private TextField text(String property, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setId("field-" + property);
        fields.put(property, field);
        return field;
    }

    private <T extends Enum<T>> ComboBox<T> choice(String property, String labelKey, T[] values,
                                                   Function<T, String> itemKey) {
        ComboBox<T> field = new ComboBox<>(getTranslation(labelKey));
        field.setItems(Arrays.asList(values));
        field.setItemLabelGenerator(value -> getTranslation(itemKey.apply(value)));
        field.setId("field-" + property);
        fields.put(property, field);
        return field;
    }
}
