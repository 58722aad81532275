package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.purchases.LocalPurchaseDraft;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.ReportSource;
import cl.clusterminero.gestion.shared.ui.ClpField;
import cl.clusterminero.gestion.shared.ui.FieldValidation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A local purchase report as a buffered form: single-field rules as the user types, the rest from the service on
 * save, each problem next to its field. CLP amounts are typed with or without thousands separators.
 */
class LocalPurchaseForm extends FormLayout {

    private final Binder<LocalPurchaseDraft> binder = new Binder<>(LocalPurchaseDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final ClpField totalClp;
    private final ClpField regionalClp;
    private final Span share = new Span();

    LocalPurchaseForm(LocalPurchaseService service, Validator validator) {
        addClassName("purchase-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));

        ComboBox<MemberOption> company = new ComboBox<>(getTranslation("purchases.field.company"));
        company.setItems(query -> service.miningCompanies(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        company.setItemLabelGenerator(MemberOption::label);
        company.setHelperText(getTranslation("purchases.field.company.help"));
        company.setId("field-memberId");
        fields.put("memberId", company);

        IntegerField year = new IntegerField(getTranslation("purchases.field.year"));
        year.setId("field-year");
        fields.put("year", year);
        Select<Integer> quarter = new Select<>();
        quarter.setLabel(getTranslation("purchases.field.period"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption(getTranslation("purchases.period.whole-year"));
        quarter.setItemLabelGenerator(value -> value == null ? getTranslation("purchases.period.whole-year")
                : getTranslation("purchases.period.quarter", value));
        quarter.setId("field-quarter");
        fields.put("quarter", quarter);

        totalClp = amount("totalClp", "purchases.field.total");
        regionalClp = amount("regionalClp", "purchases.field.regional");
        share.addClassName("purchase-share");
        share.setId("purchase-share");

        IntegerField regionalSuppliers = count("regionalSuppliers", "purchases.field.regional-suppliers");
        IntegerField totalSuppliers = count("totalSuppliers", "purchases.field.total-suppliers");
        BigDecimalField onTime = new BigDecimalField(getTranslation("purchases.field.on-time"));
        onTime.setHelperText(getTranslation("purchases.field.on-time.help"));
        onTime.setSuffixComponent(new Span("%"));
        onTime.setId("field-paidOnTimePercent");
        fields.put("paidOnTimePercent", onTime);

        ComboBox<ReportSource> source = new ComboBox<>(getTranslation("purchases.field.source"));
        source.setItems(Arrays.asList(ReportSource.values()));
        source.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        source.setId("field-source");
        fields.put("source", source);

        TextArea note = new TextArea(getTranslation("purchases.field.note"));
        note.setMaxLength(1000);
        note.setId("field-note");
        fields.put("note", note);

        add(company, year, quarter, totalClp, regionalClp, share, regionalSuppliers, totalSuppliers, onTime, source,
                note);
        setColspan(company, 2);
        setColspan(note, 3);

        binder.forField(company)
                .withConverter(new Converter<MemberOption, Long>() {
                    @Override
                    public Result<Long> convertToModel(MemberOption value, ValueContext context) {
                        return Result.ok(value == null ? null : value.id());
                    }

                    @Override
                    public MemberOption convertToPresentation(Long value, ValueContext context) {
                        return value == null ? null : service.member(value).orElse(null);
                    }
                })
                .bind("memberId");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, year, "year");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, quarter, "quarter");
        binder.forField(totalClp).withConverter(ClpField.converter("purchases.amount.invalid")).bind("totalClp");
        binder.forField(regionalClp).withConverter(ClpField.converter("purchases.amount.invalid"))
                .bind("regionalClp");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, regionalSuppliers, "regionalSuppliers");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, totalSuppliers, "totalSuppliers");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, onTime, "paidOnTimePercent");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, source, "source");
        FieldValidation.bind(binder, validator, LocalPurchaseDraft.class, note, "note");
        totalClp.addValueChangeListener(event -> showShare());
        regionalClp.addValueChangeListener(event -> showShare());
    }

    Binder<LocalPurchaseDraft> binder() {
        return binder;
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The regional share of what is typed so far, so the secretariat sees at once if a figure looks wrong. */
    private void showShare() {
        Long total = totalClp.amount().orElse(null);
        Long regional = regionalClp.amount().orElse(null);
        if (total == null || regional == null || total <= 0) {
            share.setText("");
            return;
        }
        share.setText(getTranslation("purchases.field.share", PurchaseFormats.percent(
                BigDecimal.valueOf(regional).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP))));
    }

    private ClpField amount(String property, String labelKey) {
        ClpField field = new ClpField(getTranslation(labelKey));
        field.setId("field-" + property);
        fields.put(property, field);
        return field;
    }

    private IntegerField count(String property, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId("field-" + property);
        fields.put(property, field);
        return field;
    }
}
